import { existsSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { newWorkspace } from "./fixtures";
import { problems, words } from "./words";

// The shared real Shopify shop (../shared/datasets, present in CI), uploaded as a marketer does: its
// orders and products exports through the Imports page into a new workspace, then read on the
// overview. The figures are those server/import/real-shop-kpis.test.ts checks against a reading of the
// raw CSVs with Python's csv module (server/import/real-shop-kpis.reference.py).
const SHOP = path.join(process.cwd(), "..", "shared", "datasets", "shop_exports");

test.skip(!existsSync(SHOP), "the shared datasets are not beside the project");

test("the real Shopify shop, uploaded through the page: its KPIs on the overview, its regions and its channels in words", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = await newWorkspace(page, "Pet Pads");

  for (const [file, summary] of [
    ["shopify_orders_export_petpads_2023-05_redacted.csv", "5,121 rows read"],
    ["shopify_products_export_petpads_2023-05.csv", "3,399 rows read"],
  ] as const) {
    await page.goto(`/w/${slug}/imports`);
    await page.getByLabel("Choose file").setInputFiles(path.join(SHOP, file));
    await expect(page.getByTestId("import-preview")).toBeVisible();
    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByTestId("import-result")).toContainText(summary, { timeout: 60_000 });
  }

  await page.goto(`/w/${slug}/overview`);
  await expect(page.getByTestId("kpi-crossSellRatio-value")).toHaveText("12.9%");
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toContainText("461");
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toContainText("3,566");
  await expect(page.getByTestId("kpi-upsellRatio-value")).toHaveText("26.2%");

  // Shopify's "Source" codes and app numbers, in words in the channel filter.
  const channel = page.getByLabel("Order channel", { exact: true });
  for (const label of ["Online store", "Subscriptions", "Draft orders", "Sales channel app 5776891"]) {
    await expect(channel.locator("option", { hasText: label })).toHaveCount(1);
  }
  await expect(channel.locator("option", { hasText: /^5776891$/ })).toHaveCount(0);

  // The orders export's billing addresses place its customers: the Segments page's default breakdown by
  // region has the shop's states (server/import/customer-location-real.test.ts checks every one).
  await page.goto(`/w/${slug}/segments`);
  const california = page.getByTestId("segment-row-California");
  await expect(california.locator("td").nth(1)).toHaveText("464");
  await expect(page.getByTestId("segment-row-Texas").locator("td").nth(1)).toHaveText("323");
  // Shopify writes countries as codes: named in the page's language.
  await page.goto(`/w/${slug}/segments?by=country`);
  await expect(page.getByTestId("segment-row-US").locator("td").first()).toHaveText(/^United States/);
  await expect(page.getByTestId("segment-row-US").locator("td").nth(1)).toHaveText("3,555");
  await page.goto(`/w/${slug}/segments`);
  await california.getByRole("link", { name: "California" }).click();
  await expect(page).toHaveURL(/overview\?segment=region%3DCalifornia/);
  await page.getByTestId("kpi-crossSellRatio").getByText("Definition").click();
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toContainText("active customers: 464");

  // The shop's own data says nothing in code either, in English or Dutch.
  const found: string[] = [];
  for (const locale of ["en", "nl"] as const) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "localhost", path: "/" }]);
    for (const p of ["overview", "segments", "segments?by=history", "campaigns", "products", "products?level=product", "customers", "imports"]) {
      await page.goto(`/w/${slug}/${p}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expect(page.getByText(/^Loading|^Laden/)).toHaveCount(0);
      for (const x of problems(await words(page), locale)) found.push(`${locale} ${p}: ${x}`);
    }
  }
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: "localhost", path: "/" }]);
  expect(found).toEqual([]);
});
