// Issue 23: time to first chart. A production build (.next) on the demo shop, opened in Chromium: when the
// overview's first KPI value and its first chart are on screen, against the page's load event, for the
// overview and for a share link of it. `node --conditions=react-server --import tsx bench/first-chart.ts`
// runs it alone; `npm run bench` runs it once. Figures, never pass/fail.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { sleep } from "./during-import";

const NODE = [process.execPath, "--conditions=react-server", "--import", "tsx"];
const EMAIL = "bench@liftboard.test";
const PASSWORD = "bench-password";
const RUNS = 5;

export type FirstChart = { page: string; loadMs: number; kpiMs: number; chartMs: number };
export type FirstChartResult = { runs: number; pages: { page: string; loadMs: number; kpiMs: number; chartMs: number }[] } | { skipped: string };

// Recorded in the page from its first script: when the first KPI value and the first chart appear.
const WATCH = `(() => {
  const seen = {};
  const check = () => {
    if (!seen.kpi && document.querySelector('[data-testid="kpi-crossSellRatio-value"]')) seen.kpi = performance.now();
    if (!seen.chart && document.querySelector(".recharts-surface .recharts-bar-rectangle, .recharts-surface .recharts-line-curve")) seen.chart = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", check);
  window.__firstChart = seen;
})();`;

export async function firstChart(port = 3903): Promise<FirstChartResult> {
  if (!statSync(path.join(process.cwd(), ".next", "BUILD_ID"), { throwIfNoEntry: false })) return { skipped: "no production build (.next)" };
  const dir = mkdtempSync(path.join(tmpdir(), "liftboard-first-chart-"));
  const dbPath = path.join(dir, "demo.db");
  const origin = `http://localhost:${port}`;
  const env = { ...process.env, DATABASE_PATH: dbPath, LIFTBOARD_URL: origin, NEXT_TELEMETRY_DISABLED: "1", LIFTBOARD_SIGNIN_LIMIT: "100000" };
  const cli = (...args: string[]) => spawnSync(NODE[0], [...NODE.slice(1), "cli/index.ts", ...args, "--db", dbPath], { env, encoding: "utf8" });
  cli("demo");
  cli("user", "create", "--email", EMAIL, "--password", PASSWORD, "--role", "owner");
  const token = await shareLink(dbPath);
  const server = spawn(process.execPath, ["server.mjs"], { env: { ...env, PORT: String(port), LIFTBOARD_HOST: "127.0.0.1" }, stdio: "ignore", detached: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${origin}/sign-in`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await sleep(500);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await page.goto(`${origin}/sign-in`);
    await page.locator("input[name=email]").fill(EMAIL);
    await page.locator("input[name=password]").fill(PASSWORD);
    await page.locator("button[type=submit]").click();
    await page.waitForURL(/\/w\//);
    const pages = [] as { page: string; loadMs: number; kpiMs: number; chartMs: number }[];
    for (const [name, url] of [
      ["overview", `${origin}/w/default/overview`],
      ["share link of the overview", `${origin}/share/${token}`],
    ] as const) {
      await page.goto(url); // the first visit compiles nothing in a production build, but warms the caches
      const runs: FirstChart[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url, { waitUntil: "load" });
        await page.waitForFunction(() => (window as unknown as { __firstChart: { kpi?: number; chart?: number } }).__firstChart.chart !== undefined, null, {
          timeout: 30_000,
        });
        runs.push(
          await page.evaluate((n) => {
            const seen = (window as unknown as { __firstChart: { kpi: number; chart: number } }).__firstChart;
            const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
            return { page: n, loadMs: nav.loadEventStart, kpiMs: seen.kpi, chartMs: seen.chart };
          }, name),
        );
      }
      const median = (k: "loadMs" | "kpiMs" | "chartMs") => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      pages.push({ page: name, loadMs: median("loadMs"), kpiMs: median("kpiMs"), chartMs: median("chartMs") });
    }
    return { runs: RUNS, pages };
  } finally {
    await browser.close();
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* already gone */
    }
    await sleep(500);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A live share link of the demo's overview, made the way the app makes it. */
async function shareLink(dbPath: string): Promise<string> {
  const { openDb } = await import("@/db/open-db");
  const { createSavedReport } = await import("@/db/queries/reports/saved-reports");
  const { createShareLink } = await import("@/db/queries/reports/share-links");
  const db = openDb(dbPath);
  try {
    const report = createSavedReport(db, { workspaceId: 1, createdBy: null, name: "Bench", page: "overview", query: "" });
    return (await createShareLink(db, { workspaceId: 1, reportId: report.id, createdBy: null, mode: "live" })).token;
  } finally {
    db.$client.close();
  }
}

if (process.argv[1]?.endsWith("first-chart.ts")) firstChart().then((r) => console.log(JSON.stringify(r, null, 2)));
