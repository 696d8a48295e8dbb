import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

const pct = (s: string) => Number(s.replace(/[^\d.,-]/g, "").replace(",", "."));

test("the demo's cross-sell campaign visibly lifts the cross-sell ratio", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  const panel = page.getByTestId("before-after-CMP-XSELL-ACC");
  await expect(panel).toBeVisible();
  const row = panel.getByTestId("ba-CMP-XSELL-ACC-crossSellRatio");
  const cells = row.locator("td");
  const before = pct((await cells.nth(1).innerText()).split("(")[0]);
  const after = pct((await cells.nth(2).innerText()).split("(")[0]);
  expect(after).toBeGreaterThan(before + 5); // percentage points
  // A ratio's change in percentage points: the after minus the before shown beside it.
  await expect(cells.nth(3)).toHaveText(/^\+\d+\.\d pp$/);
  expect(Math.abs(pct(await cells.nth(3).innerText()) - (after - before))).toBeLessThanOrEqual(0.11);
  // Cumulative KPIs rise after any campaign: not compared here.
  await expect(panel.getByTestId("ba-CMP-XSELL-ACC-ltv")).toHaveCount(0);
  await expect(panel).toContainText("This is no controlled comparison");
  // AOV rises too.
  await expect(panel.getByTestId("ba-CMP-XSELL-ACC-aov").locator("td").nth(3)).toHaveText(/^\+\d/);
  await expect(page.getByTestId("campaign-legend")).toContainText("Accessories in the cart");
  await expect(page.getByTestId("chart-crossSellRatio")).toBeVisible();
});

test("each KPI card shows its definition with numerator and denominator", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  const card = page.getByTestId("kpi-crossSellRatio");
  await card.getByText("Definition").click();
  await expect(card).toContainText("never bought before");
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toHaveText(/customers with a cross-sell: [\d,]+ · active customers: [\d,]+/);
});

test("changing the period and segment updates the cards and the URL, and the URL restores the view", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  const value = page.getByTestId("kpi-aov-value");
  const counts = page.getByTestId("kpi-aov-counts");
  await expect(value).toHaveText(/€/);
  await page.getByTestId("kpi-aov").getByText("Definition").click();
  const allData = await counts.innerText();

  await page.getByLabel("Period", { exact: true }).selectOption("last90");
  await expect(page).toHaveURL(/from=2026-08-03&to=2026-10-31/);
  await expect(counts).not.toHaveText(allData);
  const last90 = await counts.innerText();
  await expect(page.getByRole("heading", { name: "Overview" }).locator("..")).toContainText("Aug 3, 2026 – Oct 31, 2026");

  // Segment options in words: the dimension's name, a custom attribute's column name as words.
  const segmentSelect = page.getByLabel("Segment", { exact: true });
  await expect(segmentSelect.locator('option[value="region=Noord-Holland"]')).toHaveText(/^Region: \u2068?Noord-Holland\u2069?$/); // the value isolated from the label (bidi)
  await expect(segmentSelect.locator('optgroup[label="Loyalty tier"] option[value="loyalty_tier=gold"]')).toHaveText(/^Loyalty tier: \u2068?gold\u2069?$/);
  await segmentSelect.selectOption("region=Noord-Holland");
  await expect(page).toHaveURL(/segment=region%3DNoord-Holland/);
  await expect(counts).not.toHaveText(last90);
  const segmented = await counts.innerText();
  const orders = (s: string) => Number(s.split("counted orders: ")[1].replace(/,/g, ""));
  expect(orders(segmented)).toBeLessThan(orders(last90));

  // A copied URL shows the same view.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await other.getByTestId("kpi-aov").getByText("Definition").click();
  await expect(other.getByTestId("kpi-aov-counts")).toHaveText(segmented);
  await expect(other.getByLabel("Segment", { exact: true })).toHaveValue("region=Noord-Holland");
  await other.close();

  // The API answers the same numbers as the page.
  const api = await page.request.get(`/api/v1/workspaces/${SLUG}/kpis?from=2026-08-03&to=2026-10-31&segment=region%3DNoord-Holland`);
  const body = await api.json();
  expect(body.period).toEqual({ from: "2026-08-03", to: "2026-10-31" }); // 29 + 30 + 31 days
  expect(orders(segmented)).toBe(body.kpis.aov.denominator);
});

test("a custom range can be chosen from a preset and edited without snapping back; Back returns to the view before", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  await expect(page.getByTestId("kpi-aov-value")).toHaveText(/€/); // the data range is known
  const period = page.getByLabel("Period", { exact: true });
  await period.selectOption("last90");
  await expect(page).toHaveURL(/from=2026-08-03&to=2026-10-31/);
  // Custom starts from the range on screen, which equals "Last 90 days", and stays custom.
  await period.selectOption("custom");
  await expect(period).toHaveValue("custom");
  await page.getByLabel("From", { exact: true }).fill("2026-09-01");
  await expect(page).toHaveURL(/from=2026-09-01/);
  await expect(period).toHaveValue("custom");
  // Each change is a history entry: Back goes to the view before it, not off the page.
  await page.goBack();
  await expect(page).toHaveURL(/from=2026-08-03/);
  await expect(period).toHaveValue("custom");
  await page.goBack();
  await expect(page).toHaveURL(/from=2026-08-03&to=2026-10-31$/);
  await expect(period).toHaveValue("last90");
});
