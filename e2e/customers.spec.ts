import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test("customers: repeat purchase rate, cohort heat-map, and a tier-upgrade target list exported as customer keys only", async ({ page }) => {
  await page.goto(`/w/${SLUG}/customers`);

  // Repeat purchase rate with its numerator and denominator, as the API computes them.
  const api = await (await page.request.get(`/api/v1/workspaces/${SLUG}/customers`)).json();
  const { repeatCustomers, customers } = api.repeatPurchaseRate;
  expect(customers).toBeGreaterThan(3000);
  expect(repeatCustomers).toBeGreaterThan(0);
  const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(repeatCustomers / customers);
  await expect(page.getByTestId("repeat-rate")).toHaveText(percent);
  await expect(page.getByTestId("repeat-rate-counts")).toHaveText(
    `${repeatCustomers.toLocaleString("en")} of ${customers.toLocaleString("en")} customers ordered twice or more`,
  );

  // The cohort heat-map: one row per first-order month, months since the first order as columns.
  const heatmap = page.getByTestId("cohort-heatmap");
  await expect(heatmap).toBeVisible();
  expect(api.cohorts.cohorts.length).toBeGreaterThan(12);
  await expect(heatmap.getByRole("rowheader")).toHaveCount(api.cohorts.cohorts.length);
  await expect(heatmap.getByRole("columnheader", { name: "M0", exact: true })).toBeVisible();
  // The first cohort spans every month of the data; the last one only its own month.
  const first = api.cohorts.cohorts[0].month;
  await expect(page.getByTestId(`cohort-${first}`).getByRole("cell")).toHaveCount(api.cohorts.columns);

  // The predicted section fits on the demo and shows its checks.
  await expect(page.getByTestId("clv-checks")).toContainText("both models converged", { timeout: 30_000 });

  // A tier-upgrade opportunity: choosing it fills in the first family and its lowest tier.
  await page.getByLabel("Opportunity").selectOption("upgrade");
  await expect(page).toHaveURL(/opp=upgrade/);
  await expect(page).toHaveURL(/tier=1/);
  const size = page.getByTestId("target-size");
  await expect(size).toHaveText(/^[\d,]+ customers on the list$/);
  await expect(page.getByTestId("target-excluded")).toHaveText(/^[\d,]+ opted-out customers left out$/);
  const listed = Number((await size.innerText()).replace(/[^\d]/g, ""));
  expect(listed).toBeGreaterThan(0);
  // The page shows the API's list: its size and the opted-out customers it left out.
  const search = new URL(page.url()).searchParams.toString();
  const list = await (await page.request.get(`/api/v1/workspaces/${SLUG}/customers/targets?${search}`)).json();
  expect(list.size).toBe(listed);
  await expect(page.getByTestId("target-excluded")).toHaveText(`${list.excludedOptedOut.toLocaleString("en")} opted-out customers left out`);
  await expect(page.getByTestId("target-table").locator("tbody tr").first()).toContainText(list.customers[0].customerKey);

  // The export: the whole list, best first, customer keys only.
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export target list" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  const lines = csv.split("\r\n").filter((l) => l !== "");
  expect(lines[0]).toBe("customer_key");
  expect(lines).toHaveLength(listed + 1);
  expect(lines[1]).toBe(list.customers[0].customerKey);
  // One column of the demo's customer ids (C and six digits): no names, e-mail addresses or scores.
  for (const line of lines.slice(1)) expect(line).toMatch(/^C\d{6}$/);
});
