import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { newWorkspace } from "./fixtures";

// A Shopify orders export where one order has no e-mail (a guest checkout at the till) and a tip: the
// order is imported, counted in revenue and orders, named as a guest order in the import result and
// on the overview; the tip is set aside, as the preview already says.
const CSV = [
  "Name,Email,Financial Status,Created at,Lineitem quantity,Lineitem name,Lineitem price,Lineitem sku",
  "#A1,k1@example.nl,paid,2026-03-02 10:00:00 +0100,2,Mok,9.95,MUG",
  "#A2,k2@example.nl,paid,2026-03-03 11:00:00 +0100,1,Mok,9.95,MUG",
  "#A3,,paid,2026-03-04 12:00:00 +0100,3,Bonen,7.50,BEANS",
  "#A3,,,,1,Mok,9.95,MUG",
  "#A3,,,,1,Tip,2.00,",
].join("\n");

test("a guest checkout is imported as an order of no customer, and both pages say so", async ({ page }) => {
  const ws = `/w/${await newWorkspace(page, "Guest Shop")}`;

  await page.goto(`${ws}/imports`);
  await page.getByLabel("Choose file").setInputFiles({ name: "till.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await expect(page.getByTestId("import-preview-set-aside")).toHaveText("1 row set aside, not errors: Shopify tip lines: no product, no revenue.");
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("5 rows read — 4 new, 0 updated, 0 unchanged, 0 rejected.");
  await expect(page.getByTestId("import-guest-orders")).toHaveText(
    "1 order was a guest checkout (no customer id, e-mail or phone): imported, counted in revenue and orders, and in no customer KPI.",
  );

  // Revenue 19.90 + 9.95 + 22.50 + 9.95 = 62.30 over 3 orders; 2 customers.
  await page.goto(`${ws}/overview`);
  await expect(page.getByTestId("stat-revenue")).toHaveText("€62.30");
  await expect(page.getByTestId("stat-orders")).toHaveText("3");
  await expect(page.getByTestId("stat-customers")).toHaveText("2");
  await expect(page.getByTestId("stat-guest-orders")).toContainText("1 order was a guest checkout");
  await expect(page.getByTestId("kpi-aov-value")).toHaveText("€20.77"); // 62.30 / 3

  // A rejected row downloads as the file wrote it, under the file's own header, to be fixed and imported again.
  const rows = ["ordernummer;besteldatum;klantnummer;sku;aantal;stukprijs"];
  for (let i = 1; i <= 20; i++) rows.push(`B${i};05-03-2026 10:00;K${i};MUG;1;${i === 7 ? "-9,95" : "9,95"}`);
  await page.goto(`${ws}/imports`);
  await page.getByLabel("Choose file").setInputFiles({ name: "kassa.csv", mimeType: "text/csv", buffer: Buffer.from(rows.join("\n")) });
  await expect(page.getByTestId("import-preview")).toBeVisible();
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("20 rows read — 19 new, 0 updated, 0 unchanged, 1 rejected.");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download rejected rows (CSV)" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n")).toEqual([
    "line,column,value,reason,ordernummer,besteldatum,klantnummer,sku,aantal,stukprijs",
    // A plain negative number needs no formula guard: it stays "-9,95", as the file wrote it.
    `8,stukprijs,"-9,95",Negative price -9.95: a price must be 0 or more (write a return as a negative quantity).,B7,05-03-2026 10:00,K7,MUG,1,"-9,95"`,
    "",
  ]);
});

test("a till export with no customer column comes in once the reader says it has none, every order a guest checkout", async ({ page }) => {
  const ws = `/w/${await newWorkspace(page, "Kassa Shop")}`;

  const till = [
    "order_id,order_date,sku,product_name,quantity,unit_price",
    "T1,2026-03-02 09:14,KOF-1,Koffie,2,3.50",
    "T2,2026-03-02 10:02,KOF-1,Koffie,1,3.50",
  ];
  await page.goto(`${ws}/imports`);
  await page.getByLabel("Choose file").setInputFiles({ name: "kassa.csv", mimeType: "text/csv", buffer: Buffer.from(till.join("\n")) });
  await expect(page.getByTestId("import-preview")).toBeVisible();
  // Refused as it is, and the way in is offered right there.
  await expect(page.getByText(/Map the required columns first: customer id/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
  // The preview is read again with the choice (a controlled box: checked once that answer is in).
  const none = page.getByLabel("This file has no customer column: import every order as a guest checkout");
  await none.click();
  await expect(none).toBeChecked();
  await expect(page.getByText(/Map the required columns first/)).toHaveCount(0);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-result")).toContainText("2 rows read — 2 new, 0 updated, 0 unchanged, 0 rejected.");
  await expect(page.getByTestId("import-guest-orders")).toContainText("2 orders were guest checkouts");

  // Revenue 7.00 + 3.50 over 2 orders, and no customer.
  await page.goto(`${ws}/overview`);
  await expect(page.getByTestId("stat-revenue")).toHaveText("€10.50");
  await expect(page.getByTestId("stat-orders")).toHaveText("2");
  await expect(page.getByTestId("kpi-aov-value")).toHaveText("€5.25");
});
