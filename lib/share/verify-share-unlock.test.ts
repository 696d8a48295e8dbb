import { describe, expect, it } from "vitest";
import { hashToken, newToken } from "@/lib/tokens";
import { SHARE_UNLOCK_TTL_MS, signShareUnlock } from "./sign-share-unlock";
import { verifyShareUnlock } from "./verify-share-unlock";

const secret = "test-secret-0123456789";
const now = new Date("2026-03-01T10:00:00Z");
const link = { id: 7, tokenHash: hashToken(newToken()) };
const at = (ms: number) => new Date(now.getTime() + ms);

describe("share unlock cookie", () => {
  const { value, expiresAt } = signShareUnlock(secret, link, now);
  const [id, exp, mac] = value.split(".");

  it("holds the link id, its expiry and a MAC, never the token", () => {
    expect(id).toBe("7");
    expect(Number(exp)).toBe(now.getTime() + 12 * 3600_000);
    expect(expiresAt.getTime()).toBe(Number(exp));
    expect(mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(value).not.toContain(link.tokenHash);
  });

  it("verifies until its expiry, and not from that moment on", () => {
    expect(verifyShareUnlock(secret, link, value, now)).toBe(true);
    expect(verifyShareUnlock(secret, link, value, at(SHARE_UNLOCK_TTL_MS - 1))).toBe(true);
    expect(verifyShareUnlock(secret, link, value, at(SHARE_UNLOCK_TTL_MS))).toBe(false);
    const short = signShareUnlock(secret, link, now, 60_000).value;
    expect(verifyShareUnlock(secret, link, short, at(59_999))).toBe(true);
    expect(verifyShareUnlock(secret, link, short, at(60_000))).toBe(false);
  });

  it("rejects every tampered part", () => {
    expect(verifyShareUnlock(secret, link, `8.${exp}.${mac}`, now)).toBe(false); // other link id in the cookie
    expect(verifyShareUnlock(secret, { ...link, id: 8 }, value, now)).toBe(false); // presented to another link
    expect(verifyShareUnlock(secret, link, `07.${exp}.${mac}`, now)).toBe(false);
    expect(verifyShareUnlock(secret, link, `${id}.${Number(exp) + 3600_000}.${mac}`, now)).toBe(false); // longer expiry
    const flipped = (mac[0] === "A" ? "B" : "A") + mac.slice(1);
    expect(verifyShareUnlock(secret, link, `${id}.${exp}.${flipped}`, now)).toBe(false);
    expect(verifyShareUnlock(secret, link, `${id}.${exp}.${mac}x`, now)).toBe(false);
    expect(verifyShareUnlock("another-secret", link, value, now)).toBe(false);
    for (const junk of [undefined, "", "7", "7.1", `${id}.${exp}`, `${value}.extra`, "a.b.c"]) {
      expect(verifyShareUnlock(secret, link, junk, now)).toBe(false);
    }
  });

  it("dies when the link's token is rotated after signing", () => {
    const rotated = { id: link.id, tokenHash: hashToken(newToken()) };
    expect(verifyShareUnlock(secret, rotated, value, now)).toBe(false);
  });
});
