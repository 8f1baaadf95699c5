// The WordPress end-to-end test: Playwright driving Debian's Chromium against
// the throwaway site that scripts/test-wordpress.sh serves.
import { defineConfig } from '@playwright/test';
import { launchOptions } from '../e2e/chromium.mjs';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.mjs',
  outputDir: '../../target/wordpress-results',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  forbidOnly: true,
  use: {
    baseURL: process.env.WP_URL,
    browserName: 'chromium',
    launchOptions,
  },
});
