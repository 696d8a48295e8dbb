import { describe, expect, it } from "vitest";
import { fixtureDb } from "@/db/testing/fixture-db";
import { resetWorkspaceToDemo } from "../imports/reset-workspace-to-demo";
import { bumpDataVersion } from "../imports/bump-data-version";
import { updateWorkspace } from "../workspaces/update-workspace";
import { getCampaignResults } from "./get-campaign-results";
import { computeBeforeAfter } from "./compute-before-after";
import { getBeforeAfter } from "./get-before-after";
import { getDataRange } from "../kpis/get-data-range";
import { listCampaigns } from "./list-campaigns";
import { computeAbTests } from "../offers/compute-ab-tests";
import { listAbTests } from "../offers/list-ab-tests";

// The demo goes in through the importer, so campaign_facts is kept as a user's data would be.
const { db, workspaceId } = fixtureDb((db) => {
  const workspaceId = db.$client.prepare("SELECT id FROM workspaces WHERE slug = 'default'").pluck().get() as number;
  resetWorkspaceToDemo(db, workspaceId);
  return { workspaceId };
});
const kept = () =>
  db.$client.prepare("SELECT data_version AS v, timezone AS tz FROM campaign_facts WHERE workspace_id = ?").get(workspaceId) as
    { v: number; tz: string } | undefined;
const version = () => db.$client.prepare("SELECT data_version FROM workspace_state WHERE workspace_id = ?").pluck().get(workspaceId) as number;
/** The results computed from the data, with nothing kept. */
const computed = (tz: string) => {
  const row = db.$client.prepare("SELECT * FROM campaign_facts WHERE workspace_id = ?").get(workspaceId);
  db.$client.prepare("DELETE FROM campaign_facts WHERE workspace_id = ?").run(workspaceId);
  const results = getCampaignResults(db, workspaceId, tz);
  if (row)
    db.$client
      .prepare("INSERT INTO campaign_facts (workspace_id, data_version, timezone, parts) VALUES (@workspace_id, @data_version, @timezone, @parts)")
      .run(row);
  return results;
};

describe("campaign_facts", () => {
  it("is kept by the import for its data version, and gives the results computed from the data", () => {
    expect(kept()).toEqual({ v: version(), tz: "Europe/Amsterdam" });
    const results = getCampaignResults(db, workspaceId, "Europe/Amsterdam");
    expect(results.some((r) => r.incremental !== null && r.attributed.margin !== null && r.offers.shown > 0)).toBe(true);
    expect(results).toEqual(computed("Europe/Amsterdam"));
    expect(getCampaignResults(db, workspaceId, "Europe/Amsterdam", { campaign: results[1].key })).toEqual([results[1]]);
  });

  it("is not used once the data or the time zone has changed", () => {
    db.$client.prepare("UPDATE offers SET accepted = 1 WHERE workspace_id = ? AND id % 7 = 0").run(workspaceId); // a change no import made
    bumpDataVersion(db, workspaceId);
    const now = getCampaignResults(db, workspaceId, "Europe/Amsterdam");
    expect(now).toEqual(computed("Europe/Amsterdam"));
    expect(kept()!.v).toBeLessThan(version());
    // Another zone: other windows, kept again by the settings change.
    updateWorkspace(db, workspaceId, { name: "Demo", currency: "EUR", locale: "nl", timezone: "Asia/Tokyo" });
    expect(kept()).toEqual({ v: version(), tz: "Asia/Tokyo" });
    expect(getCampaignResults(db, workspaceId, "Asia/Tokyo")).toEqual(computed("Asia/Tokyo"));
    expect(getCampaignResults(db, workspaceId, "Asia/Tokyo")).not.toEqual(now);
  });
});

describe("before/after without filters", () => {
  it("comes from campaign_facts for the overview and the campaigns page, equal to computing it", () => {
    const tz = "Asia/Tokyo"; // as the previous test left the workspace
    const w = { id: workspaceId, timezone: tz };
    const range = getDataRange(db, workspaceId, tz);
    const list = listCampaigns(db, workspaceId);
    const kept = getBeforeAfter(db, w, list, range, { segment: [] });
    expect(kept.length).toBeGreaterThan(1);
    expect(kept).toEqual(computeBeforeAfter(db, w, list, range, { segment: [] }));
    expect(getBeforeAfter(db, w, list.slice(1), range, { segment: [] })).toEqual(kept.slice(1));
    // With a filter: computed, and different.
    const web = getBeforeAfter(db, w, list, range, { segment: [], channel: "web" });
    expect(web).toEqual(computeBeforeAfter(db, w, list, range, { segment: [], channel: "web" }));
    expect(web).not.toEqual(kept);
    // Stale (another process changed the data): computed from the data.
    db.$client.prepare("DELETE FROM order_facts WHERE workspace_id = ? AND order_id % 5 = 0").run(workspaceId);
    bumpDataVersion(db, workspaceId);
    expect(getBeforeAfter(db, w, list, range, { segment: [] })).toEqual(computeBeforeAfter(db, w, list, range, { segment: [] }));
    expect(getBeforeAfter(db, w, list, range, { segment: [] })).not.toEqual(kept);
  });
});

describe("the A/B test listing", () => {
  it("comes from campaign_facts while it is for the current data, else from the offers", () => {
    resetWorkspaceToDemo(db, workspaceId);
    const parts = () => JSON.parse(db.$client.prepare("SELECT parts FROM campaign_facts WHERE workspace_id = ?").pluck().get(workspaceId) as string);
    const tests = listAbTests(db, workspaceId);
    expect(tests.length).toBeGreaterThan(0);
    expect(parts().abTests).toEqual(tests);
    expect(tests).toEqual(computeAbTests(db, workspaceId));
    // A change no import made: a variant renamed. The kept listing is stale and not used.
    db.$client.prepare("UPDATE offers SET variant = 'C' WHERE workspace_id = ? AND lower(variant) = 'b'").run(workspaceId);
    bumpDataVersion(db, workspaceId);
    const now = listAbTests(db, workspaceId);
    expect(now).toEqual(computeAbTests(db, workspaceId));
    expect(now).not.toEqual(tests);
    expect(parts().abTests).toEqual(tests);
  });
});
