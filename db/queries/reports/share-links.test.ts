import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { shareLinks } from "@/db/schema";
import { AppFailure } from "@/lib/result";
import { memoryLimitStore } from "@/lib/auth/attempt-limiter";
import { ShareUnlockLimiter } from "@/lib/share/share-unlock-limiter";
import { verifyShareUnlock } from "@/lib/share/verify-share-unlock";
import { hashToken } from "@/lib/tokens";
import type { Db } from "../../client";
import { createSavedReport } from "./saved-reports";
import { createShareLink, type NewShareLink, listShareLinks, recordShareView, revokeShareLink, rotateShareLink } from "./share-links";
import { resolveShareToken } from "./resolve-share-token";
import { T0, later, twoShops } from "../../testing/two-shops";
import { unlockShareLink } from "./unlock-share-link";

const SECRET = "test-app-secret";

function setup() {
  const { db, a, b } = twoShops();
  const report = createSavedReport(db, { workspaceId: a.id, name: "VIP", page: "segments", query: "segment=vip", createdBy: "ann" }, T0);
  const link = (extra: Partial<NewShareLink> = {}) =>
    createShareLink(db, { workspaceId: a.id, reportId: report.id, createdBy: "ann", mode: "live", ...extra } as NewShareLink, T0);
  return { db, a, b, report, link };
}

const rowOf = (db: Db, id: number) => db.select().from(shareLinks).where(eq(shareLinks.id, id)).get()!;

describe("share links", () => {
  it("hand out a 256-bit token once and store only its SHA-256", async () => {
    const { db, link } = setup();
    const { id, token } = await link();
    expect(Buffer.from(token, "base64url").length).toBe(32);
    const row = rowOf(db, id);
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({ mode: "live", snapshot: null, dataAsOf: null, passwordHash: null, allowEmbed: false, viewCount: 0 });
    const second = await link();
    expect(second.token).not.toBe(token);
  });

  it("resolve to the report and workspace while active", async () => {
    const { db, a, report, link } = setup();
    const { id, token } = await link({ allowEmbed: true });
    const share = resolveShareToken(db, token, T0);
    expect(share).toEqual({
      ok: true,
      link: { id, tokenHash: hashToken(token), mode: "live", allowEmbed: true, expiresAt: null, dataAsOf: null, hasPassword: false, snapshot: null },
      report: { id: report.id, name: "VIP", page: "segments", query: "segment=vip" },
      workspace: { id: a.id, slug: a.slug, name: "Shop A", currency: "EUR", timezone: "Europe/Amsterdam", locale: "nl" },
    });
    expect(resolveShareToken(db, token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"), T0)).toEqual({ ok: false, reason: "unknown" });
    expect(resolveShareToken(db, "", T0)).toEqual({ ok: false, reason: "unknown" });
  });

  it("expire at exactly expiresAt and die when revoked", async () => {
    const { db, a, link } = setup();
    const expiring = await link({ expiresAt: later(60_000) });
    expect(resolveShareToken(db, expiring.token, later(59_999)).ok).toBe(true);
    expect(resolveShareToken(db, expiring.token, later(60_000))).toEqual({ ok: false, reason: "expired" });
    await expect(link({ expiresAt: T0 })).rejects.toThrow(/expiry in the future/);

    const revoked = await link();
    expect(revokeShareLink(db, a.id, revoked.id, later(1))).toBe(true);
    expect(revokeShareLink(db, a.id, revoked.id, later(2))).toBe(false);
    expect(resolveShareToken(db, revoked.token, later(2))).toEqual({ ok: false, reason: "revoked" });
    expect(rotateShareLink(db, a.id, revoked.id)).toBeUndefined(); // rotation does not revive it
  });

  it("rotate: the old token and its unlock cookies stop working at once", async () => {
    const { db, a, link } = setup();
    const old = await link({ password: "secret-pass" });
    const unlocked = await unlockShareLink(
      db,
      { token: old.token, password: "secret-pass", ip: null, device: "browser-1", secret: SECRET },
      new ShareUnlockLimiter(),
      T0,
    );
    if (!unlocked.ok) throw new Error(unlocked.reason);
    recordShareView(db, old.id, T0);
    const rotated = rotateShareLink(db, a.id, old.id)!;
    expect(rotated.token).not.toBe(old.token);
    expect(resolveShareToken(db, old.token, T0)).toEqual({ ok: false, reason: "unknown" });
    const now = resolveShareToken(db, rotated.token, T0);
    if (!now.ok) throw new Error(now.reason);
    expect(now.link.id).toBe(old.id);
    expect(rowOf(db, old.id).viewCount).toBe(1); // same row: history kept
    expect(verifyShareUnlock(SECRET, now.link, unlocked.cookie.value, T0)).toBe(false);
  });

  it("freeze snapshot data as JSON with its data-as-of time", async () => {
    const { db, link } = setup();
    const data = { rows: [{ segment: "vip", aov: 84.5, orders: 12 }], currency: "EUR", note: null };
    const asOf = new Date("2026-02-28T23:00:00Z");
    const { id, token } = await link({ mode: "snapshot", snapshot: data, dataAsOf: asOf });
    expect(JSON.parse(rowOf(db, id).snapshot!)).toEqual(data);
    const share = resolveShareToken(db, token, T0);
    if (!share.ok) throw new Error(share.reason);
    expect(share.link).toMatchObject({ mode: "snapshot", snapshot: data });
    expect(share.link.dataAsOf).toEqual(asOf);
    const defaulted = await link({ mode: "snapshot", snapshot: [] });
    expect(rowOf(db, defaulted.id).dataAsOf).toEqual(T0);
    await expect(link({ mode: "snapshot" })).rejects.toThrow(/needs the report's data/);
    await expect(link({ mode: "live", snapshot: data })).rejects.toThrow(AppFailure);
  });

  it("unlock with the right password only, never storing it, and limit failures per link", async () => {
    const { db, link } = setup();
    const { id, token } = await link({ password: "correct horse" });
    const row = rowOf(db, id);
    expect(row.passwordHash).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain("correct horse");
    expect(resolveShareToken(db, token, T0)).toMatchObject({ ok: true, link: { hasPassword: true } });

    let clock = T0.getTime();
    const limiter = new ShareUnlockLimiter(
      memoryLimitStore(() => clock),
      () => clock,
    );
    const attempt = (password: string, ms: number, device = "owner-browser") => {
      clock = later(ms).getTime();
      return unlockShareLink(db, { token, password, ip: "198.51.100.7", device, secret: SECRET }, limiter, later(ms));
    };
    expect(await attempt("wrong", 0)).toEqual({ ok: false, reason: "wrong_password" });
    const right = await attempt("correct horse", 1);
    if (!right.ok) throw new Error(right.reason);
    expect(right.cookie.value).not.toContain("correct horse");
    const share = resolveShareToken(db, token, T0);
    if (!share.ok) throw new Error(share.reason);
    expect(verifyShareUnlock(SECRET, share.link, right.cookie.value, later(2))).toBe(true);
    expect(right.cookie.expiresAt).toEqual(later(1 + 12 * 3600_000));

    // Five wrong tries from browsers that had not opened the link before (the one above and four guesses)
    // lock it for every such browser...
    for (let i = 0; i < 4; i++) expect(await attempt("guess", 10 + i, `guesser-${i}`)).toEqual({ ok: false, reason: "wrong_password" });
    expect(await attempt("correct horse", 20, "new-colleague")).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 900, knownDevice: false });
    // ...but not for the browser that opened it before, which has five tries of its own.
    expect((await attempt("correct horse", 21)).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(await attempt("typo", 30 + i)).toEqual({ ok: false, reason: "wrong_password" });
    expect(await attempt("correct horse", 40)).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 900, knownDevice: true });
    expect((await attempt("correct horse", 30 + 15 * 60_000)).ok).toBe(true);
    expect((await attempt("correct horse", 10 + 15 * 60_000, "new-colleague")).ok).toBe(true);
  });

  it("unlock nothing for dead links, and need no password for open ones", async () => {
    const { db, a, link } = setup();
    const open = await link();
    expect(
      (await unlockShareLink(db, { token: open.token, password: "x", ip: null, device: "browser-1", secret: SECRET }, new ShareUnlockLimiter(), T0)).ok,
    ).toBe(true);
    revokeShareLink(db, a.id, open.id, T0);
    expect(
      await unlockShareLink(db, { token: open.token, password: "x", ip: null, device: "browser-1", secret: SECRET }, new ShareUnlockLimiter(), T0),
    ).toEqual({
      ok: false,
      reason: "revoked",
    });
    expect(await unlockShareLink(db, { token: "nope", password: "x", ip: null, device: "browser-1", secret: SECRET }, new ShareUnlockLimiter(), T0)).toEqual({
      ok: false,
      reason: "unknown",
    });
  });

  it("list with creator, views and status, never a hash", async () => {
    const { db, a, report, link } = setup();
    const other = createSavedReport(db, { workspaceId: a.id, name: "Other", page: "overview", query: "", createdBy: "ann" }, T0);
    const seen = await link({ password: "12345678" });
    const expiring = await link({ expiresAt: later(1000) });
    const revoked = await link();
    await createShareLink(db, { workspaceId: a.id, reportId: other.id, createdBy: null, mode: "live" }, later(5));
    recordShareView(db, seen.id, later(100));
    recordShareView(db, seen.id, later(200));
    revokeShareLink(db, a.id, revoked.id, later(300));
    recordShareView(db, revoked.id, later(400)); // a dead link counts no views

    const all = listShareLinks(db, a.id, { now: later(1000) });
    expect(all.map((l) => [l.reportName, l.status, l.viewCount, l.hasPassword, l.createdByEmail])).toEqual([
      ["Other", "active", 0, false, null],
      ["VIP", "revoked", 0, false, "ann@x.nl"],
      ["VIP", "expired", 0, false, "ann@x.nl"],
      ["VIP", "active", 2, true, "ann@x.nl"],
    ]);
    const vip = listShareLinks(db, a.id, { reportId: report.id, now: later(999) });
    expect(vip.map((l) => l.id)).toEqual([revoked.id, expiring.id, seen.id]);
    expect(vip.find((l) => l.id === expiring.id)?.status).toBe("active");
    expect(vip.find((l) => l.id === seen.id)).toMatchObject({ lastViewedAt: later(200), createdByName: "Ann" });
    // Explicit columns: neither hash leaves the data layer.
    expect(Object.keys(all[0]).sort()).toEqual([
      "allowEmbed",
      "createdAt",
      "createdByEmail",
      "createdByName",
      "dataAsOf",
      "expiresAt",
      "hasPassword",
      "id",
      "lastViewedAt",
      "mode",
      "reportId",
      "reportName",
      "revokedAt",
      "status",
      "viewCount",
    ]);
  });

  it("stay out of another workspace's reach", async () => {
    const { db, a, b, report, link } = setup();
    const { id, token } = await link();
    expect(listShareLinks(db, b.id)).toEqual([]);
    expect(listShareLinks(db, b.id, { reportId: report.id })).toEqual([]);
    expect(revokeShareLink(db, b.id, id)).toBe(false);
    expect(rotateShareLink(db, b.id, id)).toBeUndefined();
    await expect(createShareLink(db, { workspaceId: b.id, reportId: report.id, createdBy: "ann", mode: "live" }, T0)).rejects.toThrow(
      /does not exist in this workspace/,
    );
    // Even a caller that skips the check cannot attach a link to another workspace's report.
    expect(() => db.insert(shareLinks).values({ workspaceId: b.id, reportId: report.id, tokenHash: "x", mode: "live", createdAt: T0 }).run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(resolveShareToken(db, token, T0)).toMatchObject({ ok: true, workspace: { id: a.id } });
    expect(listShareLinks(db, a.id)[0].status).toBe("active");
  });
});
