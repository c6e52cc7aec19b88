import { defineConfig, devices } from "@playwright/test";

// Run through `npm test` (or `npm test -- e2e`), which builds the app against a prepared test
// database and sets these variables.
const baseURL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3100";
const port = new URL(baseURL).port;

export default defineConfig({
  testDir: "e2e",
  // The journeys share one database and one ranking; running them one at a time keeps them honest.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Per build folder, so two runs at once (NEXT_DIST_DIR=…) keep their traces and sessions apart.
  outputDir: `${process.env.E2E_STATE_DIR ?? "tmp/e2e"}/results`,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    // Signs in as the editor and the admin once and saves the sessions (e2e/helpers/auth.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
