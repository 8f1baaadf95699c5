// Time from navigation start to the first step being on screen, for the
// Trunk demo page and for the embedded module, in Debian's Chromium.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { launchOptions } from '../tests/e2e/chromium.mjs';

const server = spawn('node', ['tests/e2e/server.mjs', '8093', 'target/site', 'dist', 'tests/e2e/pages'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch(launchOptions);
try {
  for (const [name, path] of [['demo page (Trunk)', '/'], ['embedded element (dist)', '/many.html']]) {
    const times = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:8093${path}`);
      await page.locator('.ma-progress__label').first().waitFor();
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(36)} ${times[3].toFixed(0).padStart(6)} ms`);
  }
} finally {
  await browser.close();
  server.kill();
}
