import { describe, expect, it } from "vitest";
import { createSavedReportSchema, createShareLinkSchema, renameSavedReportSchema } from "../schemas/share";

const inAnHour = () => new Date(Date.now() + 3600_000);

describe("saved report input", () => {
  it("trims and bounds the name, checks the page, normalises the query", () => {
    expect(createSavedReportSchema.parse({ name: "  Q4 upsell ", page: "segments", query: "?to=2&from=1" })).toEqual({
      name: "Q4 upsell",
      page: "segments",
      query: "from=1&to=2",
    });
    expect(createSavedReportSchema.parse({ name: "x", page: "overview" }).query).toBe("");
    expect(createSavedReportSchema.safeParse({ name: "  ", page: "overview" }).error?.issues[0].message).toBe("Give the report a name");
    expect(createSavedReportSchema.safeParse({ name: "x".repeat(101), page: "overview" }).success).toBe(false);
    expect(createSavedReportSchema.safeParse({ name: "x".repeat(100), page: "overview" }).success).toBe(true);
    expect(createSavedReportSchema.safeParse({ name: "x", page: "settings" }).success).toBe(false);
    expect(renameSavedReportSchema.parse({ reportId: "3", name: "New" })).toEqual({ reportId: 3, name: "New" });
  });
});

describe("share link input", () => {
  it("accepts a minimal live link and reads blanks from a form as not given", () => {
    expect(createShareLinkSchema.parse({ reportId: 1, mode: "live" })).toEqual({ reportId: 1, mode: "live", allowEmbed: false });
    expect(createShareLinkSchema.parse({ reportId: 1, mode: "snapshot", expiresAt: "", password: "", allowEmbed: true })).toEqual({
      reportId: 1,
      mode: "snapshot",
      allowEmbed: true,
    });
  });
  it("wants a future expiry, a password of 8 to 200 characters and a known mode", () => {
    const at = inAnHour();
    expect(createShareLinkSchema.parse({ reportId: 1, mode: "live", expiresAt: at.toISOString() }).expiresAt).toEqual(at);
    const past = createShareLinkSchema.safeParse({ reportId: 1, mode: "live", expiresAt: new Date(Date.now() - 1000) });
    expect(past.error?.issues[0]).toMatchObject({ path: ["expiresAt"], message: "Pick an expiry in the future" });
    expect(createShareLinkSchema.safeParse({ reportId: 1, mode: "live", expiresAt: "soon" }).success).toBe(false);
    expect(createShareLinkSchema.safeParse({ reportId: 1, mode: "live", password: "1234567" }).error?.issues[0].path).toEqual(["password"]);
    expect(createShareLinkSchema.parse({ reportId: 1, mode: "live", password: "12345678" }).password).toBe("12345678");
    expect(createShareLinkSchema.safeParse({ reportId: 1, mode: "live", password: "x".repeat(201) }).success).toBe(false);
    expect(createShareLinkSchema.safeParse({ reportId: 1, mode: "frozen" }).success).toBe(false);
  });
});
