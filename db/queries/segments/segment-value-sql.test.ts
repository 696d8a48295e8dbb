import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { makePeriod } from "@/lib/kpi/period";
import { segmentDimensionSchema } from "@/lib/segments/dimensions";
import { RFM_GROUPS } from "@/lib/segments/rfm";
import type { RfmGroups } from "./get-rfm-scores";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { segmentValueSql } from "./segment-value-sql";

const { db, workspaceId } = fixtureDb(seedKpiFixture);
const period = makePeriod("2025-10-01", "2025-10-31", "Europe/Amsterdam");
const rfm = segmentDimensionSchema.parse("rfm");

/** Each customer's segment value as the pages read it. */
function read(groups: RfmGroups): { id: number; v: string | null }[] {
  const s = segmentValueSql(workspaceId, rfm, { period, rfm: groups });
  const rows = db.all<{ id: number; raw: unknown }>(sql`${s.ctes.length ? sql`WITH ${sql.join(s.ctes, sql`, `)}` : sql``}
    SELECT c.id AS id, ${s.raw} AS raw FROM customers c ${s.join} WHERE c.workspace_id = ${workspaceId} ORDER BY c.id`);
  return rows.map(({ id, raw }) => ({ id, v: s.decode(raw) }));
}

describe("segmentValueSql for RFM groups", () => {
  it("reads every group back through the blob, and the same through JSON when ids are spread thinly", () => {
    const ids = db.$client.prepare("SELECT id FROM customers WHERE workspace_id = ? ORDER BY id").pluck().all(workspaceId) as number[];
    // Every group, and one customer left unscored (the last): no value.
    const scored = ids.slice(0, -1);
    const groups: RfmGroups = { ids: scored, codes: Uint8Array.from(scored, (_, i) => i % RFM_GROUPS.length) };
    const dense = read(groups);
    expect(segmentValueSql(workspaceId, rfm, { period, rfm: groups }).ctes).toHaveLength(0); // the blob
    expect(dense.map((r) => r.v)).toEqual([...ids.slice(0, -1).map((_, i) => RFM_GROUPS[i % RFM_GROUPS.length]), null]);
    // A customer id millions above the others (ids are shared by all workspaces).
    const sparse: RfmGroups = { ids: [...scored, ids[ids.length - 1] + 5_000_000], codes: Uint8Array.from([...groups.codes, RFM_GROUPS.indexOf("lost")]) };
    expect(segmentValueSql(workspaceId, rfm, { period, rfm: sparse }).ctes).toHaveLength(1); // JSON, not a 5 MB blob
    expect(read(sparse)).toEqual(dense);
  });
});
