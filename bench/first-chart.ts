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

export type FirstChart = { page: string; loadMs: number; kpiMs: number; chartMs: number; barsMs: number; libraryMs: number };
export type FirstChartResult = { runs: number; pages: FirstChart[] } | { skipped: string };
type Seen = { kpi: number; chart: number; bars: number; library?: number };

// Recorded in the page from its first script: when the first KPI value, the first chart of any kind (a KPI
// card's sparkline), the first bar chart's bars (the server-drawn poster or the chart library's) and the
// chart library's own bars appear.
const WATCH = `(() => {
  const seen = {};
  const at = (k, sel) => { if (!seen[k] && document.querySelector(sel)) seen[k] = performance.now(); };
  const check = () => {
    at("kpi", '[data-testid="kpi-crossSellRatio-value"]');
    at("chart", '[data-chart] polyline, [data-chart] rect, .recharts-surface .recharts-bar-rectangle');
    at("bars", '[data-chart="poster"] rect, .recharts-surface .recharts-bar-rectangle');
    at("library", ".recharts-surface .recharts-bar-rectangle");
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
    const pages: FirstChart[] = [];
    for (const [name, url] of [
      ["overview", `${origin}/w/default/overview`],
      ["share link of the overview", `${origin}/share/${token}`],
    ] as const) {
      await page.goto(url); // the first visit compiles nothing in a production build, but warms the caches
      const runs: FirstChart[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(url, { waitUntil: "load" });
        await page.waitForFunction(() => (window as unknown as { __firstChart: Partial<Seen> }).__firstChart.library !== undefined, null, {
          timeout: 30_000,
        });
        runs.push(
          await page.evaluate((n) => {
            const seen = (window as unknown as { __firstChart: Required<Seen> }).__firstChart;
            const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
            return { page: n, loadMs: nav.loadEventStart, kpiMs: seen.kpi, chartMs: seen.chart, barsMs: seen.bars, libraryMs: seen.library };
          }, name),
        );
      }
      const median = (k: Exclude<keyof FirstChart, "page">) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
      pages.push({
        page: name,
        loadMs: median("loadMs"),
        kpiMs: median("kpiMs"),
        chartMs: median("chartMs"),
        barsMs: median("barsMs"),
        libraryMs: median("libraryMs"),
      });
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
