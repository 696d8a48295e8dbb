import { describe, expect, it } from "vitest";
import { hashSharePassword } from "./hash-share-password";
import { verifySharePassword } from "./verify-share-password";

describe("share link passwords", () => {
  it("hash with a salt and verify only the right password", async () => {
    const hash = await hashSharePassword("correct horse");
    expect(hash).not.toContain("correct horse");
    expect(await hashSharePassword("correct horse")).not.toBe(hash);
    expect(await verifySharePassword(hash, "correct horse")).toBe(true);
    expect(await verifySharePassword(hash, "correct hors")).toBe(false);
    expect(await verifySharePassword(hash, "")).toBe(false);
  });
  it("never unlock with a malformed stored hash", async () => {
    expect(await verifySharePassword("not-a-hash", "not-a-hash")).toBe(false);
    expect(await verifySharePassword("", "")).toBe(false);
  });
});
