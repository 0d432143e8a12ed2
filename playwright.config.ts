import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/chromium';

// The built site (dist/) is served by scripts/serve-dist.mjs; run `npm run build` first.
// E2E_PORT is configurable because other sessions may hold the usual ports on a shared machine.
const port = Number(process.env.E2E_PORT ?? 4317);
// E2E_DIST lets several builds be tested side by side (default: dist/)
const dist = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  forbidOnly: Boolean(process.env.CI),
  // no retries, in CI or here: a flaky test must fail, so that its race gets fixed
  retries: 0,
  // the machine has 2 cores shared with other jobs
  workers: 2,
  reporter: 'list',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // the production build registers a service worker; only the offline spec lets it run
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          args: [...chromiumArgs],
        },
      },
    },
  ],
  webServer: {
    // a plain static host (directory index.html per route, gzip, no SPA fallback), as deployed
    command: `node scripts/serve-dist.mjs ${dist} ${port} --no-site-headers`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
