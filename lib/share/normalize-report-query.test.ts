import { describe, expect, it } from "vitest";
import { normalizeReportQuery } from "./normalize-report-query";

describe("normalizeReportQuery", () => {
  it("sorts keys, drops the '?', keeps repeated keys in their order", () => {
    expect(normalizeReportQuery("?to=2025-12-31&segment=b&from=2025-01-01&segment=a")).toBe("from=2025-01-01&segment=b&segment=a&to=2025-12-31");
  });
  it("gives one text for the same view however it was written", () => {
    expect(normalizeReportQuery("b=2&a=1")).toBe(normalizeReportQuery("?a=1&b=2"));
    expect(normalizeReportQuery("q=a%20b")).toBe(normalizeReportQuery("q=a+b"));
    expect(normalizeReportQuery("")).toBe("");
    expect(normalizeReportQuery("?")).toBe("");
  });
});
