import { expect, test, type Page } from "@playwright/test";
import { newWorkspace } from "./fixtures";

// Values a shop's export can hold: a 400-character product name, a category and a channel of 240, and
// names carrying U+202E (RIGHT-TO-LEFT OVERRIDE), which turns "Factuur ‮gnp.exe" into "Factuur exe.png"
// and, unisolated, reverses the text after it too. Every page must stay within the screen and keep
// such a value's effect to the value itself.
const RLO = "\u202e";
const LONG_NAME = "Handgemaakte keramische koffiemok met extra brede oor en dubbelwandige isolatie ".repeat(5).trim();
const LONG_CATEGORY = "Keuken en tafel accessoires voor de echte liefhebber van goede koffie en thee ".repeat(3).trim();
const LONG_CHANNEL = "partner-marketplace-".repeat(12);
const LONG_REGION = "Provincie ".repeat(40).trim();
const PRODUCTS = [
  ["MUG-1", LONG_NAME, LONG_CATEGORY, 9.95],
  ["BEAN-1", "Bonen 250 g", "Koffie", 7.5],
  ["BEAN-2", "Bonen 1 kg", "Koffie", 24],
  ["EXE-1", `Factuur ${RLO}gnp.exe`, `Cat ${RLO}321-kcaj`, 3],
] as const;
const CHANNELS = ["web", "web", LONG_CHANNEL, `app ${RLO}lanigiro`];
const REGIONS = ["Utrecht", LONG_REGION, `Zuid ${RLO}dnalloH`];
const VARIANTS = ["A", "Variant met lange naam ".repeat(10).trim(), `B ${RLO}tnairav`];

const q = (v: string | number) => `"${String(v).replaceAll('"', '""')}"`;
const csv = (rows: (string | number)[][]) => rows.map((r) => r.map(q).join(",")).join("\n") + "\n";
// A fixed pseudo-random sequence: the same files every run.
let seed = 7;
const rnd = (n: number) => ((seed = (seed * 16807) % 2147483647), seed % n);

function files() {
  const customers = [["customer_id", "signup_date", "region", "channel"]];
  for (let i = 0; i < 120; i++) customers.push([`C${i}`, "2025-01-05", REGIONS[i % 3], CHANNELS[i % 4]]);
  const orders: (string | number)[][] = [["order_id", "order_date", "customer_id", "sku", "product_name", "category", "quantity", "unit_price", "channel"]];
  for (let o = 0; o < 600; o++) {
    const lines = 1 + rnd(3);
    for (let l = 0; l < lines; l++) {
      const p = PRODUCTS[(o + l) % 4];
      orders.push([
        `O${o}`,
        `2025-${String(1 + rnd(12)).padStart(2, "0")}-${String(1 + rnd(28)).padStart(2, "0")} 12:00`,
        `C${rnd(120)}`,
        p[0],
        p[1],
        p[2],
        1,
        p[3],
        CHANNELS[o % 4],
      ]);
    }
  }
  const campaigns = [
    ["campaign_id", "name", "type", "start_date", "end_date", "cost", "channel", "promoted_skus"],
    [
      "CAMP-1",
      "Zomeractie met een hele lange naam die niemand verwacht ".repeat(6).trim(),
      "cross_sell",
      "2025-06-01",
      "2025-07-31",
      "500",
      LONG_CHANNEL,
      "BEAN-1|BEAN-2",
    ],
    ["CAMP-2", `Actie ${RLO}eiticaf`, "upsell", "2025-03-01", "2025-04-30", "300", "web", "MUG-1"],
  ];
  const offers: (string | number)[][] = [["offer_id", "customer_id", "campaign_id", "shown_at", "accepted", "variant", "revenue"]];
  for (let i = 0; i < 300; i++) {
    const accepted = rnd(5) === 0;
    offers.push([
      `OF${i}`,
      `C${rnd(120)}`,
      i % 2 ? "CAMP-1" : "CAMP-2",
      `2025-0${3 + rnd(5)}-1${rnd(10)} 10:00`,
      accepted ? "yes" : "no",
      VARIANTS[i % 3],
      accepted ? "12.50" : "",
    ]);
  }
  return { customers: csv(customers), orders: csv(orders), campaigns: csv(campaigns), offers: csv(offers) };
}

/** What breaks: the page scrolls sideways, or a U+202E in some text is not isolated (no FSI before it in
 * its text, and no inline element around it with unicode-bidi isolate, like <bdi>). */
async function faults(page: Page) {
  return page.evaluate(() => {
    const unisolated: string[] = [];
    const walker = document.createTreeWalker(document.querySelector("main")!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf("\u202e");
      if (at < 0 || n.data.lastIndexOf("\u2068", at) >= 0) continue;
      let isolated = false;
      for (let el = n.parentElement; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.display !== "inline" && !(el instanceof SVGElement)) break;
        if (/isolate|plaintext/.test(style.unicodeBidi)) isolated = true;
      }
      if (!isolated) unisolated.push(`${n.parentElement?.tagName}: ${n.data.slice(0, 40)}`);
    }
    return { sideways: document.documentElement.scrollWidth - window.innerWidth, unisolated };
  });
}

test("long and right-to-left values in a shop's data stay inside every page, at 1440 and 390 px", async ({ page }) => {
  test.setTimeout(180_000);
  const slug = await newWorkspace(page, "Odd Values");
  const origin = new URL(page.url()).origin;
  for (const [kind, body] of Object.entries(files())) {
    const res = await page.request.post(`/api/v1/imports?workspace=${slug}&kind=${kind}`, {
      data: body,
      headers: { "Content-Type": "text/csv", Origin: origin },
    });
    expect(res.status(), `${kind}: ${await res.text()}`).toBe(200);
  }

  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of [
      "overview",
      "segments?by=region",
      "segments?by=channel",
      "campaigns",
      "offers",
      "products?minOrders=1&hideChance=false&sort=lift",
      "customers",
      "imports",
    ]) {
      await page.goto(`/w/${slug}/${path}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(await faults(page), `${path} at ${width} px`).toEqual({ sideways: 0, unisolated: [] });
    }
  }
  // The values are there, cut, with the whole value on hover.
  // This made-up shop has no pair beyond chance: show every pair, by lift.
  await page.goto(`/w/${slug}/products?minOrders=1&hideChance=false&sort=lift`);
  const cut = page.locator("bdi", { hasText: "Handgemaakte keramische koffiemok" }).first();
  await expect(cut).toHaveAttribute("title", LONG_NAME);
  expect(((await cut.textContent()) ?? "").length).toBeLessThanOrEqual(82);
});
