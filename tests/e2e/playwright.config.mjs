// End-to-end tests: Playwright driving Debian's Chromium (never a downloaded
// browser) against the release build Trunk made with wasm-opt.
import { defineConfig } from '@playwright/test';
import { launchOptions } from './chromium.mjs';

const port = 8091;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: '../../target/e2e-results',
  timeout: 60_000,
  workers: 2,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions,
  },
  webServer: [
    {
      // The Trunk release build (the demo page).
      command: `node tests/e2e/server.mjs ${port} target/site`,
      cwd: '../..',
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      // `make dist` output, with the host pages the embed tests use (and
      // axe-core, loaded from the same origin under a strict CSP).
      command: `node tests/e2e/server.mjs ${port + 1} dist tests/e2e/pages node_modules/axe-core`,
      cwd: '../..',
      url: `http://127.0.0.1:${port + 1}/massage-advisor.js`,
      reuseExistingServer: false,
    },
  ],
});
