import { afterEach, describe, expect, it, vi } from "vitest";
import { connectDb } from "@/db/client";
import { createSavedReport } from "@/db/queries/reports/saved-reports";
import { createShareLink } from "@/db/queries/reports/share-links";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { shareViewCounter } from "./share-view-counter";

const newDb = tempDbPerTest();
afterEach(() => void vi.useRealTimers());

describe("shareViewCounter", () => {
  it("counts views at once when the write lock is free, and keeps them while an import holds it, losing none", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    const { db, file } = newDb();
    const report = createSavedReport(db, { workspaceId: 1, createdBy: null, name: "R", page: "overview", query: "" });
    const { id } = await createShareLink(db, { workspaceId: 1, reportId: report.id, createdBy: null, mode: "live" });
    const views = () => db.$client.prepare("SELECT view_count FROM share_links WHERE id = ?").pluck().get(id);
    const counter = shareViewCounter(db);
    counter.count(id);
    expect(views()).toBe(1);

    const importing = connectDb(file);
    importing.$client.exec("BEGIN IMMEDIATE");
    const t = performance.now();
    counter.count(id, new Date("2026-12-06T10:00:00Z"));
    counter.count(id, new Date("2026-12-06T10:00:05Z"));
    expect(performance.now() - t).toBeLessThan(200); // did not wait out the connection's busy timeout (5 s)
    expect(counter.pending()).toBe(2);
    importing.$client.exec("COMMIT");
    importing.$client.close();

    vi.advanceTimersByTime(2_000); // written once the lock is free, without another view
    expect(counter.pending()).toBe(0);
    expect(views()).toBe(3);
    expect(db.$client.prepare("SELECT last_viewed_at FROM share_links WHERE id = ?").pluck().get(id)).toBe(Date.parse("2026-12-06T10:00:05Z"));
  });
});
