import { describe, expect, it } from "vitest";
import { bucketsFor, makePeriod } from "@/lib/kpi/period";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import type { Db } from "@/db/client";
import { refreshDerivedData } from "../derived/refresh-derived-data";
import { isFresh } from "../derived/freshness";
import { countViewOfferBuckets, countViewOffers } from "./count-view-offers";
import { getKpis } from "./get-kpis";
import { resolveFilters } from "./kpi-filter-sql";

const AMS = "Europe/Amsterdam";

// The hand-worked fixture's October offers (c01 5 Oct, c02 6 Oct, c05 9 Oct, c08 14 Oct; c09's is 30
// Sep 23:30 local), three at the edge of two weeks: the last instant of Sunday 5 October and the first
// of Monday 6 October in Amsterdam, and a holdout row at that first instant, which is no offer shown;
// one at the first instant of 7 October; and a second campaign's offer on 8 October (accepted).
const { db, workspaceId } = fixtureDb((d) => {
  const seeded = seedKpiFixture(d);
  const add = d.$client.prepare(`INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, shown_at, accepted, variant)
    SELECT ?, ?, (SELECT id FROM customers WHERE customer_key = ?), (SELECT id FROM campaigns WHERE campaign_key = 'CMP1'), ?, ?, ?`);
  add.run(seeded.workspaceId, "edge-last", "c04", Date.parse("2025-10-05T21:59:59.999Z"), 0, null);
  add.run(seeded.workspaceId, "edge-first", "c03", Date.parse("2025-10-05T22:00:00.000Z"), 1, null);
  add.run(seeded.workspaceId, "edge-holdout", "c06", Date.parse("2025-10-05T22:00:00.000Z"), 1, "holdout");
  add.run(seeded.workspaceId, "next-day", "c07", Date.parse("2025-10-06T22:00:00.000Z"), 0, null);
  d.$client
    .prepare("INSERT INTO campaigns (workspace_id, campaign_key, name, type, start_date) VALUES (?, 'CMP2', 'Second', 'upsell', '2025-10-01')")
    .run(seeded.workspaceId);
  d.$client
    .prepare(
      `INSERT INTO offers (workspace_id, offer_key, customer_id, campaign_id, shown_at, accepted)
       SELECT ?, 'second', (SELECT id FROM customers WHERE customer_key = 'c10'), (SELECT id FROM campaigns WHERE campaign_key = 'CMP2'), ?, 1`,
    )
    .run(seeded.workspaceId, Date.parse("2025-10-08T10:00:00Z"));
  refreshDerivedData(d, seeded.workspaceId, { customers: "all" });
  return seeded;
});

/** The same answer counted from the offers themselves. */
function counted<T>(d: Db, answer: () => T): T {
  d.$client.exec("SAVEPOINT live");
  try {
    d.$client.prepare("DELETE FROM derived_freshness WHERE workspace_id = ? AND name = 'offer_hours'").run(workspaceId);
    expect(isFresh(d.$client, workspaceId, "offer_hours")).toBe(false);
    return answer();
  } finally {
    d.$client.exec("ROLLBACK TO live; RELEASE live");
  }
}

describe("offers shown per hour (offer_hours)", () => {
  const october = makePeriod("2025-10-01", "2025-10-31", AMS);
  const none = { segment: [] };

  it("puts an offer at a week's first instant in that week and one a millisecond before in the week before, by hand", () => {
    expect(isFresh(db.$client, workspaceId, "offer_hours")).toBe(true);
    const weeks = bucketsFor(october, "week", AMS);
    const kept = countViewOfferBuckets(db, workspaceId, none, weeks);
    // 1–5 Oct: c01 (accepted) and the last instant of the 5th; 6–12 Oct: c02, c05 (accepted), the
    // first instant of the 6th (accepted) and of the 7th, CMP2's (accepted); 13–19 Oct: c08. The
    // holdout row is in no week.
    expect(weeks.map((w) => kept.get(w.key))).toEqual([
      { shown: 2, accepted: 1 },
      { shown: 5, accepted: 3 },
      { shown: 1, accepted: 0 },
      { shown: 0, accepted: 0 },
      { shown: 0, accepted: 0 },
    ]);
    expect(kept).toEqual(counted(db, () => countViewOfferBuckets(db, workspaceId, none, weeks)));
    const second = countViewOfferBuckets(db, workspaceId, { segment: [], campaign: "CMP2" }, weeks);
    expect(weeks.map((w) => second.get(w.key)!.shown)).toEqual([0, 1, 0, 0, 0]);
    expect(second).toEqual(counted(db, () => countViewOfferBuckets(db, workspaceId, { segment: [], campaign: "CMP2" }, weeks)));
  });

  it("gives a period's offers as counting them does, under filters that do not pick offers and those that do", () => {
    const periods = [october, makePeriod("2025-10-06", "2025-10-06", AMS), makePeriod("2025-09-01", "2025-11-30", AMS)];
    const filters = [
      none,
      { segment: [], channel: "web" },
      { segment: [], category: "Coffee" },
      { segment: [], campaign: "CMP1" },
      { segment: [], campaign: "CMP2", channel: "web" },
      { segment: [], campaign: "nowhere" },
    ];
    for (const p of periods) {
      for (const f of filters) {
        const label = `${p.from} ${JSON.stringify(f)}`;
        expect(countViewOffers(db, workspaceId, f, p), label).toEqual(counted(db, () => countViewOffers(db, workspaceId, f, p)));
      }
    }
    // October: CMP1 showed 7, 3 accepted (the hand-worked 4, c01's and c05's accepted; the two edge rows,
    // the first accepted; the 7th's); CMP2 showed 1, accepted.
    expect(countViewOffers(db, workspaceId, { segment: [], campaign: "CMP1" }, october)).toEqual({ shown: 7, accepted: 3 });
    expect(countViewOffers(db, workspaceId, { segment: [], campaign: "CMP2" }, october)).toEqual({ shown: 1, accepted: 1 });
    // 6 October alone: c02 and the first instant (accepted); not the 7th's first instant.
    expect(countViewOffers(db, workspaceId, none, makePeriod("2025-10-06", "2025-10-06", AMS))).toEqual({ shown: 2, accepted: 1 });
  });

  it("keeps a campaign's offers aside in a zone whose midnights are not whole hours, and counts them as counting does", () => {
    const campaign = { segment: [], campaign: "CMP1" };
    expect(resolveFilters(db, workspaceId, campaign).offerRows).toBeUndefined();
    db.$client.prepare("UPDATE workspaces SET timezone = 'Asia/Kolkata' WHERE id = ?").run(workspaceId);
    try {
      const resolved = resolveFilters(db, workspaceId, campaign);
      expect(resolved.offerRows).toBeDefined();
      const october = makePeriod("2025-10-01", "2025-10-31", "Asia/Kolkata");
      expect(getKpis(db, workspaceId, october, resolved)).toEqual(counted(db, () => getKpis(db, workspaceId, october, campaign)));
      expect(getKpis(db, workspaceId, october, resolved).offerConversion.denominator).toBeGreaterThan(0);
    } finally {
      db.$client.prepare("UPDATE workspaces SET timezone = ? WHERE id = ?").run(AMS, workspaceId);
    }
  });
});
