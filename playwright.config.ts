import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './e2e/chromium';

// The built site (dist/) is served by `vite preview`; run `npx vite build` first.
// E2E_PORT is configurable because other sessions may hold the usual ports on a shared machine.
const port = Number(process.env.E2E_PORT ?? 4317);
// E2E_DIST lets several builds be tested side by side (default: dist/)
const dist = process.env.E2E_DIST ?? 'dist';
const baseURL = `http://localhost:${port}`;

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
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
