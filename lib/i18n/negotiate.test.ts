import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("follows the browser's preference order and quality", () => {
    expect(negotiateLocale("nl-NL,nl;q=0.9,en-US;q=0.8")).toBe("nl");
    expect(negotiateLocale("de-DE,de;q=0.9,nl;q=0.7,en;q=0.8")).toBe("en");
    expect(negotiateLocale("en-GB")).toBe("en");
    expect(negotiateLocale("fr,nl;q=0.5")).toBe("nl");
  });
  it("falls back to English", () => {
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("fr-FR,de")).toBe("en");
    expect(negotiateLocale("nl;q=0")).toBe("en");
  });
});
