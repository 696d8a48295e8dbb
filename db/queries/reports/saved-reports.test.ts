import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { shareLinks } from "@/db/schema";
import { createSavedReport, deleteSavedReport, getSavedReport, listSavedReports, renameSavedReport } from "./saved-reports";
import { createShareLink, revokeShareLink } from "./share-links";
import { T0, later, twoShops } from "../../testing/two-shops";

function setup() {
  const { db, a, b } = twoShops();
  return { db, a: a.id, b: b.id };
}

describe("saved reports", () => {
  it("stores a view with its query normalised, and lists newest first", () => {
    const { db, a } = setup();
    const first = createSavedReport(db, { workspaceId: a, name: "All", page: "overview", query: "", createdBy: "ann" }, T0);
    const second = createSavedReport(
      db,
      { workspaceId: a, name: "VIP", page: "segments", query: "?to=2025-12-31&segment=vip&from=2025-01-01", createdBy: "ann" },
      later(1),
    );
    expect(second).toMatchObject({ workspaceId: a, name: "VIP", page: "segments", query: "from=2025-01-01&segment=vip&to=2025-12-31", createdBy: "ann" });
    expect(second.createdAt).toEqual(later(1));
    expect(getSavedReport(db, a, first.id)).toEqual(first);
    expect(listSavedReports(db, a, T0).map((r) => [r.name, r.createdByName, r.activeLinkCount])).toEqual([
      ["VIP", "Ann", 0],
      ["All", "Ann", 0],
    ]);
  });

  it("counts only the links that still open", async () => {
    const { db, a } = setup();
    const r = createSavedReport(db, { workspaceId: a, name: "R", page: "campaigns", query: "", createdBy: "ann" }, T0);
    const other = createSavedReport(db, { workspaceId: a, name: "Other", page: "offers", query: "", createdBy: null }, T0);
    const base = { workspaceId: a, reportId: r.id, createdBy: "ann", mode: "live" as const };
    await createShareLink(db, base, T0);
    await createShareLink(db, { ...base, expiresAt: later(10_000) }, T0);
    const revoked = await createShareLink(db, base, T0);
    revokeShareLink(db, a, revoked.id, later(1));
    await createShareLink(db, { ...base, reportId: other.id }, T0);
    const counts = (now: Date) => Object.fromEntries(listSavedReports(db, a, now).map((x) => [x.name, x.activeLinkCount]));
    expect(counts(later(9_999))).toEqual({ R: 2, Other: 1 });
    expect(counts(later(10_000))).toEqual({ R: 1, Other: 1 }); // expired at exactly expiresAt
    expect(listSavedReports(db, a, T0).find((x) => x.name === "Other")?.createdByName).toBeNull();
  });

  it("renames and deletes, taking its share links with it", async () => {
    const { db, a } = setup();
    const r = createSavedReport(db, { workspaceId: a, name: "Old", page: "products", query: "", createdBy: "ann" }, T0);
    const { token } = await createShareLink(db, { workspaceId: a, reportId: r.id, createdBy: "ann", mode: "live" }, T0);
    expect(token).toBeTruthy();
    expect(renameSavedReport(db, a, r.id, "New")).toBe(true);
    expect(getSavedReport(db, a, r.id)?.name).toBe("New");
    expect(deleteSavedReport(db, a, r.id)).toBe(true);
    expect(getSavedReport(db, a, r.id)).toBeUndefined();
    expect(db.select().from(shareLinks).where(eq(shareLinks.reportId, r.id)).all()).toEqual([]);
    expect(deleteSavedReport(db, a, r.id)).toBe(false);
  });

  it("keeps one workspace's reports out of another's reach", () => {
    const { db, a, b } = setup();
    const r = createSavedReport(db, { workspaceId: a, name: "Mine", page: "customers", query: "", createdBy: "ann" }, T0);
    expect(listSavedReports(db, b)).toEqual([]);
    expect(getSavedReport(db, b, r.id)).toBeUndefined();
    expect(renameSavedReport(db, b, r.id, "Theirs")).toBe(false);
    expect(deleteSavedReport(db, b, r.id)).toBe(false);
    expect(getSavedReport(db, a, r.id)?.name).toBe("Mine");
  });
});
