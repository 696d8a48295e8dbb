import { expect, test } from "@playwright/test";
import { OWNER_STATE, SLUG, newShareLink } from "./fixtures";

// The overview arrives with its numbers: rendered on the server, not fetched by the browser after
// hydration. With JavaScript off, only the server's HTML is there to read.
test("the overview's KPI cards are in the page's HTML, with the numbers the API gives", async ({ browser, page }) => {
  const api = await (await page.request.get(`/api/v1/workspaces/${SLUG}/overview?from=2026-08-03&to=2026-10-31`)).json();
  const noScript = await browser.newContext({ storageState: OWNER_STATE, javaScriptEnabled: false });
  const p = await noScript.newPage();
  await p.goto(`/w/${SLUG}/overview?from=2026-08-03&to=2026-10-31`);
  const value = p.getByTestId("kpi-crossSellRatio-value");
  await expect(value).toBeVisible();
  await expect(value).toHaveText(`${(api.kpis.crossSellRatio.value * 100).toFixed(1)}%`);
  await expect(p.getByTestId("kpi-crossSellRatio-counts")).toContainText(api.kpis.crossSellRatio.numerator.toLocaleString("en"));
  await noScript.close();
});

test("a share link's page is in its HTML too, with the link's own numbers", async ({ browser, page }) => {
  const url = await newShareLink(page, "overview?from=2026-08-03&to=2026-10-31", "First paint");
  const token = url.split("/share/")[1];

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] }, javaScriptEnabled: false });
  const data = await (await reader.request.get(`/share/${token}/data/overview`)).json();
  const p = await reader.newPage();
  await p.goto(url);
  await expect(p.getByTestId("kpi-crossSellRatio-value")).toHaveText(`${(data.kpis.crossSellRatio.value * 100).toFixed(1)}%`);
  await reader.close();
});

test("every dashboard page is in its HTML with its first data", async ({ browser }) => {
  const noScript = await browser.newContext({ storageState: OWNER_STATE, javaScriptEnabled: false });
  const p = await noScript.newPage();
  for (const [path, testId] of [
    ["segments", "segment-table"],
    ["campaigns", "campaign-CMP-XSELL-ACC"],
    ["offers", "funnel-table"],
    ["products", "rules-count"],
    ["customers", "repeat-rate"],
  ] as const) {
    await p.goto(`/w/${SLUG}/${path}`);
    await expect(p.getByTestId(testId), path).toBeVisible();
  }
  await noScript.close();
});

test("the page's own data is not fetched again once it has loaded, and the bars are in the HTML", async ({ browser, page }) => {
  const fetched: string[] = [];
  page.on("request", (r) => {
    if (/\/api\/v1\/workspaces\/[^/]+\/overview/.test(r.url())) fetched.push(r.url());
  });
  await page.goto(`/w/${SLUG}/overview`);
  await expect(page.getByTestId("kpi-crossSellRatio-value")).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The server rendered it: nothing is refreshing and nothing was asked for again.
  await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
  expect(fetched).toEqual([]);
  // The chart library then draws its own bars over the poster.
  await expect(page.getByTestId("chart-crossSellRatio").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-crossSellRatio").locator("[data-chart=poster]")).toBeHidden();

  // With no script at all, the bars and the KPI cards' trend lines are there, on the data's scale.
  const noScript = await browser.newContext({ storageState: OWNER_STATE, javaScriptEnabled: false });
  const p = await noScript.newPage();
  await p.goto(`/w/${SLUG}/overview`);
  await expect(p.locator("[aria-busy=true]")).toHaveCount(0);
  const bars = p.getByTestId("chart-crossSellRatio").locator("[data-chart=poster] rect");
  const api = await (await page.request.get(`/api/v1/workspaces/${SLUG}/overview`)).json();
  await expect(bars).toHaveCount(api.series.filter((b: { crossSellRatio: { value: number | null } }) => b.crossSellRatio.value !== null).length);
  await expect(p.getByTestId("kpi-crossSellRatio").locator("[data-chart=sparkline] polyline").first()).toBeVisible();
  await noScript.close();
});

test("no page and no share link loads the chart library with the page: it follows once the page is up", async ({ page }) => {
  const url = await newShareLink(page, "overview", "No chart library up front");
  const pages = ["overview", "segments", "campaigns", "offers", "products", "customers"].map((p) => `/w/${SLUG}/${p}`);
  for (const path of [...pages, new URL(url).pathname]) {
    const html = await (await page.request.get(path)).text();
    const chunks = [...new Set(html.match(/\/_next\/static\/chunks\/[\w.-]+\.js/g))];
    expect(chunks.length, path).toBeGreaterThan(3);
    for (const chunk of chunks) expect((await (await page.request.get(chunk)).text()).includes("recharts-wrapper"), `${path}: ${chunk}`).toBe(false);
  }
});

test("the charts the pages load later are drawn once the page is up", async ({ page }) => {
  for (const [path, title] of [
    ["campaigns", "Cost and attributed revenue per campaign"],
    ["customers", null],
    ["offers", null],
  ] as const) {
    await page.goto(`/w/${SLUG}/${path}`);
    await expect(page.locator(".recharts-surface").first(), path).toBeVisible();
    await expect(page.locator("[data-chart=loading]"), path).toHaveCount(0);
    if (title) await expect(page.getByRole("img", { name: title })).toBeVisible();
  }
});
