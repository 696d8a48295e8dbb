import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { SLUG } from "./fixtures";

test("charts download as PNG, tables as CSV, and the page prints as a clean report", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  const png = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download as PNG: Cross-sell ratio" }).click();
  const file = readFileSync((await (await png).path())!);
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(file.length).toBeGreaterThan(5_000);
  expect((await png).suggestedFilename()).toBe("cross-sell-ratio.png");

  const csv = page.waitForEvent("download");
  await page.getByRole("button", { name: /^Export CSV: Before and after each campaign Accessories in the cart/ }).click();
  const rows = readFileSync((await (await csv).path())!, "utf8").split("\r\n");
  expect(rows[0]).toMatch(/^,"Before \(.+\)","After \(.+\)",Change$/);
  expect(rows.length).toBeGreaterThan(5);

  // Print: no navigation or buttons, whose report and when on top, the definitions opened.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation")).toBeHidden();
  await expect(page.getByText(/^Liftboard · Demo Webshop · printed on /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Save view" })).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.getByTestId("kpi-crossSellRatio-counts")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await page.emulateMedia({ media: "screen" });

  await page.goto(`/w/${SLUG}/campaigns`);
  const campaigns = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV", exact: true }).click();
  const lines = readFileSync((await (await campaigns).path())!, "utf8").split("\r\n");
  expect(lines[0]).toBe(
    "campaign,name,type,start,end,cost,offers_shown,offers_accepted,conversion,attributed_revenue,roi,margin_roi,incremental_revenue,incremental_lower,incremental_upper,incremental_roi,incremental_p",
  );
  expect(lines.some((l) => l.startsWith("CMP-XSELL-ACC,"))).toBe(true);
});
