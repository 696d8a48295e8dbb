import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// A shop's export where one order has no customer (a guest checkout at the till): imported, counted in
// revenue and orders, named as a guest order in the import result and on the overview.
const CSV = [
  "order_id,order_date,customer_id,sku,quantity,unit_price",
  "A1,2026-03-02 10:00,K1,MUG,2,9.95",
  "A2,2026-03-03 11:00,K2,MUG,1,9.95",
  "A3,2026-03-04 12:00,,BEANS,3,7.50",
  "A3,2026-03-04 12:00,,MUG,1,9.95",
].join("\n");

test("a guest checkout is imported as an order of no customer, and both pages say so", async ({ page }) => {
  await page.goto("/w/demo-webshop/settings");
  await page.getByLabel("Name", { exact: true }).last().fill("Guest Shop");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/guest-shop\/overview$/);

  await page.goto("/w/guest-shop/imports");
  await page.getByLabel("Choose file").setInputFiles({ name: "till.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("4 rows read — 4 new, 0 updated, 0 unchanged, 0 rejected.");
  await expect(page.getByTestId("import-guest-orders")).toHaveText(
    "1 order was a guest checkout (no customer id, e-mail or phone): imported, counted in revenue and orders, and in no customer KPI.",
  );

  // Revenue 19.90 + 9.95 + 22.50 + 9.95 = 62.30 over 3 orders; 2 customers.
  await page.goto("/w/guest-shop/overview");
  await expect(page.getByTestId("stat-revenue")).toHaveText("€62.30");
  await expect(page.getByTestId("stat-orders")).toHaveText("3");
  await expect(page.getByTestId("stat-customers")).toHaveText("2");
  await expect(page.getByTestId("stat-guest-orders")).toContainText("1 order was a guest checkout");
  await expect(page.getByTestId("kpi-aov-value")).toHaveText("€20.77"); // 62.30 / 3

  // A rejected row downloads as the file wrote it, under the file's own header, to be fixed and imported again.
  const rows = ["ordernummer;besteldatum;klantnummer;sku;aantal;stukprijs"];
  for (let i = 1; i <= 20; i++) rows.push(`B${i};05-03-2026 10:00;K${i};MUG;1;${i === 7 ? "-9,95" : "9,95"}`);
  await page.goto("/w/guest-shop/imports");
  await page.getByLabel("Choose file").setInputFiles({ name: "kassa.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("20 rows read — 19 new, 0 updated, 0 unchanged, 1 rejected.");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download rejected rows (CSV)" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n")).toEqual([
    "line,column,value,reason,ordernummer,besteldatum,klantnummer,sku,aantal,stukprijs",
    `8,stukprijs,"'-9,95",Negative price -9.95: a price must be 0 or more (write a return as a negative quantity).,B7,05-03-2026 10:00,K7,MUG,1,"'-9,95"`,
    "",
  ]);
});
