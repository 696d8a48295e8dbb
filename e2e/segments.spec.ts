import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test("segments: every KPI per region with counts, a CSV export, and a drill into one region's KPIs", async ({ page }) => {
  await page.goto(`/w/${SLUG}/segments`);
  const table = page.getByTestId("segment-table");
  const nh = page.getByTestId("segment-row-Noord-Holland");
  await expect(nh).toBeVisible();
  const active = Number((await nh.locator("td").nth(1).innerText()).replace(/[^\d]/g, ""));
  expect(active).toBeGreaterThan(100);
  // Over ten regions are compared: the note says the bracketed intervals are widened, and the table shows them.
  await expect(page.getByText(/The intervals in brackets are widened to 99\.\d+% \(Bonferroni\)/)).toBeVisible();
  await expect(nh.getByTestId("adjusted-interval").first()).toHaveText(/^\s*\[99\.\d+%: \d+\.\d%–\d+\.\d%\]$/);
  // The rows' active customers add up to the whole view's.
  const cells = await table.locator("tbody tr td:nth-child(2)").allInnerTexts();
  const total = cells.reduce((s, c) => s + Number(c.replace(/[^\d]/g, "")), 0);
  const api = await (await page.request.get(`/api/v1/workspaces/${SLUG}/kpis`)).json();
  expect(total).toBe(api.kpis.crossSellRatio.denominator);

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV", exact: true }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n")[0]).toMatch(/^segment,active_customers,small,crossSellRatio,/);
  expect(csv).toContain("Noord-Holland");

  await page.getByLabel("Break down by").selectOption("rfm");
  await expect(page).toHaveURL(/by=rfm/);
  await expect(page.getByTestId("segment-row-champions")).toBeVisible();
  // RFM groups in words, never their codes.
  await expect(page.getByTestId("segment-row-champions").locator("td").first()).toHaveText(/^Champions/);
  await expect(page.getByTestId("segment-row-loyal_customers").locator("td").first()).toHaveText(/^Loyal customers/);
  await expect(table).not.toContainText("_");
  // Filters narrow the table; resetting them keeps the dimension. No comparison control here.
  await expect(page.getByLabel("Compare with", { exact: true })).toHaveCount(0);
  await page.getByLabel("Period", { exact: true }).selectOption("last90");
  await expect(page).toHaveURL(/by=rfm.*from=2026-08-03|from=2026-08-03.*by=rfm/);
  await page.getByRole("button", { name: "Reset filters" }).click();
  await expect(page).toHaveURL(/segments\?by=rfm$/);

  // Drill from a segment to its customers' KPIs on the overview.
  await page.getByLabel("Break down by").selectOption("region");
  await page.getByTestId("segment-row-Noord-Holland").getByRole("link", { name: "Noord-Holland" }).click();
  await expect(page).toHaveURL(/overview\?segment=region%3DNoord-Holland/);
  await expect(page.getByLabel("Segment", { exact: true })).toHaveValue("region=Noord-Holland");
  await page.getByTestId("kpi-crossSellRatio").getByText("Definition").click();
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toContainText(`active customers: ${active.toLocaleString("en")}`);
});
