import { defineConfig } from "@playwright/test";
import path from "node:path";

const PORT = 3100;
export const BASE_URL = `http://localhost:${PORT}`;
const DATABASE_PATH = path.join(process.cwd(), "e2e", ".data", "liftboard-e2e.db");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "setup", testMatch: /setup\.spec\.ts/ },
    { name: "app", testIgnore: /setup\.spec\.ts/, dependencies: ["setup"], use: { storageState: "e2e/.data/owner.json" } },
  ],
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${BASE_URL}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      DATABASE_PATH,
      PORT: String(PORT),
      LIFTBOARD_URL: BASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      // Room for the specs' own sign-ins; the account lock (10 per 15 min) is tested as it ships.
      LIFTBOARD_SIGNIN_LIMIT: "30",
    },
  },
});
