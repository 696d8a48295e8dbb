import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { getKpis } from "@/db/queries/kpis/get-kpis";
import { getWorkspaceSummary } from "@/db/queries/workspaces/get-workspace-summary";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { isImportFileError } from "@/lib/import";
import { makePeriod } from "@/lib/kpi/period";
import { importFile } from "./import-file";

// A till's export: orders and lines, no customer column at all. Worked by hand: orders T1 (2 × 3.50 +
// 1 × 12.00 = 19.00), T2 (1 × 3.50) and T3 (3 × 2.25 = 6.75): revenue 29.25 over 3 orders.
const TILL = [
  "order_id,order_date,sku,product_name,category,quantity,unit_price,channel",
  "T1,2026-11-02 09:14,KOF-1,Koffie,Drinken,2,3.50,pos",
  "T1,2026-11-02 09:14,TAART-1,Appeltaart,Gebak,1,12.00,pos",
  "T2,2026-11-02 10:02,KOF-1,Koffie,Drinken,1,3.50,pos",
  "T3,2026-11-03 16:40,CROIS-1,Croissant,Gebak,3,2.25,pos",
].join("\n");

const dir = mkdtempSync(path.join(tmpdir(), "liftboard-till-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, "kassa-november.csv");
writeFileSync(file, TILL);
const newDb = tempDbPerTest();
const base = { path: file, workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "cli" as const, fileName: "kassa-november.csv" };
const november = makePeriod("2026-11-01", "2026-11-30", "Europe/Amsterdam");

describe("an orders file with no customer column", () => {
  it("is refused until the reader says so, with the way to say it in the reason", async () => {
    const { db } = newDb();
    const refused = await importFile(db, base).catch((e: unknown) => e);
    expect(isImportFileError(refused)).toBe(true);
    const problem = (refused as { problem: { code: string; message: string; fix: string } }).problem;
    expect(problem.code).toBe("missing_columns");
    expect(problem.message).toBe("Required column missing: customer id or customer e-mail.");
    expect(problem.fix).toContain('import it "without customers"');
    expect(getWorkspaceSummary(db, 1, "Europe/Amsterdam")).toMatchObject({ orders: 0 });
  });

  it("imports every order as a guest checkout when the reader says it has none: revenue and orders count, no customer KPI", async () => {
    const { db } = newDb();
    const s = await importFile(db, { ...base, withoutCustomers: true });
    expect(s).toMatchObject({ status: "committed", rowsRead: 4, inserted: 4, rejected: 0, guestOrders: 3 });
    expect(s.format.withoutCustomers).toBe(true);
    const k = getKpis(db, 1, november, { segment: [] });
    expect(k.aov).toMatchObject({ denominator: 3 });
    expect(k.aov.numerator).toBeCloseTo(29.25, 9);
    expect(k.crossSellRatio).toMatchObject({ numerator: 0, denominator: 0, value: null });
    expect(k.ltv).toMatchObject({ denominator: 0, value: null });
    expect(getWorkspaceSummary(db, 1, "Europe/Amsterdam")).toMatchObject({ orders: 3, customers: 0, guestOrders: 3 });

    // The next export of the till, same header: read the way the reader said last time.
    writeFileSync(path.join(dir, "kassa-december.csv"), TILL.replace(/2026-11-0/g, "2026-12-0").replace(/T(\d)/g, "D$1"));
    const next = await importFile(db, { ...base, path: path.join(dir, "kassa-december.csv"), fileName: "kassa-december.csv" });
    expect(next).toMatchObject({ status: "committed", inserted: 4, guestOrders: 3 });
  });

  it("keeps requiring a customer for a file that has one, and for every other kind", async () => {
    const { db } = newDb();
    const withCustomer = path.join(dir, "with-customer.csv");
    writeFileSync(withCustomer, `${TILL.split("\n")[0]},customer_id\n${TILL.split("\n")[1]},K1\n`);
    const s = await importFile(db, { ...base, path: withCustomer, withoutCustomers: true });
    expect(s).toMatchObject({ inserted: 1, guestOrders: 0 });
    const offers = path.join(dir, "offers.csv");
    writeFileSync(offers, "offer_id,campaign_id,shown_at,accepted\nO1,CMP1,2026-11-02,yes\n");
    const refused = await importFile(db, { ...base, path: offers, kind: "offers", withoutCustomers: true }).catch((e: unknown) => e);
    expect(isImportFileError(refused)).toBe(true);
    expect((refused as Error).message).toContain("customer id or customer e-mail");
    expect((refused as Error).message).not.toContain("without customers");
  });
});
