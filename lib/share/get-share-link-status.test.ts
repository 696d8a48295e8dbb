import { describe, expect, it } from "vitest";
import { getShareLinkStatus } from "./get-share-link-status";

const t = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe("getShareLinkStatus", () => {
  it("is expired from exactly expiresAt, active one millisecond before", () => {
    const link = { expiresAt: t(1000), revokedAt: null };
    expect(getShareLinkStatus(link, t(999))).toBe("active");
    expect(getShareLinkStatus(link, t(1000))).toBe("expired");
    expect(getShareLinkStatus(link, t(5000))).toBe("expired");
  });
  it("never expires without an expiry; revocation wins over expiry", () => {
    expect(getShareLinkStatus({ expiresAt: null, revokedAt: null }, t(1e12))).toBe("active");
    expect(getShareLinkStatus({ expiresAt: null, revokedAt: t(0) }, t(1))).toBe("revoked");
    expect(getShareLinkStatus({ expiresAt: t(10), revokedAt: t(0) }, t(20))).toBe("revoked");
  });
});
