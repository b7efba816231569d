import { defineConfig } from '@playwright/test';

// The service under test runs outside: run.sh starts it (and a second one on a synthetic graph for the 500-node
// measurement) and passes the URLs. Nothing here downloads a browser: Debian's Chromium is driven as installed.
const baseURL = process.env.EXPLORER_URL;
if (!baseURL) throw new Error('Set EXPLORER_URL to the running service, e.g. http://127.0.0.1:5080 (run.sh does).');

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  // Two cores, shared: one browser at a time keeps the timings honest.
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Playwright adds --headless and a fresh temporary --user-data-dir for every launch.
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    },
  },
});
