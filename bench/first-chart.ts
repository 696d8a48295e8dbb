// Issue 23: time to first chart. A production build (.next) on the demo shop, opened in Chromium: when the
// overview's first KPI value and its first chart are on screen, against the page's load event, for the
// overview and for a share link of it. `node --conditions=react-server --import tsx bench/first-chart.ts`
// runs it alone; `npm run bench` runs it once. Figures, never pass/fail.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { sleep } from "./during-import";
import { BENCH_USER, cli, createBenchOwner, makeShareLink, serveBuild } from "./serve-build";
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
  cli(dbPath, "demo");
  createBenchOwner(dbPath);
  const token = await makeShareLink(dbPath, "");
  const server = await serveBuild(dbPath, port);
  const { origin } = server;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    await page.goto(`${origin}/sign-in`);
    await page.locator("input[name=email]").fill(BENCH_USER.email);
    await page.locator("input[name=password]").fill(BENCH_USER.password);
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
    server.stop();
    await sleep(500);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("first-chart.ts")) firstChart().then((r) => console.log(JSON.stringify(r, null, 2)));
