import { expect, test } from "@playwright/test";
import { newWorkspace } from "./fixtures";

// A shop whose campaign kept a holdout, yet whose treated and held-out customers spend alike: the
// incremental revenue's interval holds zero, so the page must not call it a win (the demo's cart
// campaign is a clear gain, so it cannot show this).
const q = (v: string | number) => `"${String(v).replaceAll('"', '""')}"`;
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map(q).join(",")).join("\n") + "\n";
let seed = 11;
const rnd = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n);

function files() {
  const customers: (string | number)[][] = [["customer_id", "signup_date"]];
  const orders: (string | number)[][] = [["order_id", "order_date", "customer_id", "sku", "product_name", "quantity", "unit_price"]];
  const offers: (string | number)[][] = [["offer_id", "customer_id", "campaign_id", "shown_at", "accepted", "variant"]];
  let o = 0;
  for (let c = 0; c < 80; c++) {
    customers.push([`K${c}`, "2025-01-10"]);
    // Both groups draw their orders from the same prices: no effect to find.
    for (let n = 1 + rnd(3); n > 0; n--) {
      o++;
      orders.push([`B${o}`, `2025-06-${String(2 + rnd(27)).padStart(2, "0")} 12:00`, `K${c}`, `P${rnd(4)}`, `Product ${o % 4}`, 1, 10 + rnd(90)]);
    }
    offers.push([`F${c}`, `K${c}`, "HOLD-1", "2025-06-01 09:00", "no", c % 2 ? "A" : "control"]);
  }
  const campaigns = [
    ["campaign_id", "name", "type", "start_date", "end_date", "cost"],
    ["HOLD-1", "June cart offer", "cross_sell", "2025-06-01", "2025-06-30", "400"],
  ];
  return { customers: csv(customers), orders: csv(orders), campaigns: csv(campaigns), offers: csv(offers) };
}

test("an incremental effect whose interval holds zero is said in words, in a neutral colour, with no ROI headline", async ({ page }) => {
  const slug = await newWorkspace(page, "Holdout Shop");
  const origin = new URL(page.url()).origin;
  for (const [kind, body] of Object.entries(files())) {
    const res = await page.request.post(`/api/v1/imports?workspace=${slug}&kind=${kind}`, {
      data: body,
      headers: { "Content-Type": "text/csv", Origin: origin },
    });
    expect(res.status(), `${kind}: ${await res.text()}`).toBe(200);
  }
  await page.goto(`/w/${slug}/campaigns`);
  const section = page.getByTestId("incremental-HOLD-1");
  await expect(section).toContainText(/95% interval -€[\d,]+ to €[\d,]+/);
  await expect(section).toHaveAttribute("data-verdict", "unclear");
  await expect(page.getByTestId("incremental-verdict-HOLD-1")).toContainText(
    /^Not distinguishable from zero: .* About [\d,]+ customers in test and holdout together \(now 80\)/,
  );
  await expect(section).not.toContainText("Incremental ROI");
  await expect(section).not.toHaveClass(/emerald|green/);
});
