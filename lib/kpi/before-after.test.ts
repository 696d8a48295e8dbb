import { describe, expect, it } from "vitest";
import { beforeAfterWindow } from "./before-after";

describe("beforeAfterWindow", () => {
  it("takes the shorter of 90 days and the data on each side", () => {
    // Data 1 Aug..1 Nov, start 1 Oct: 61 days before, 32 from the start (1 Oct..1 Nov).
    expect(beforeAfterWindow("2025-10-01", { first: "2025-08-01", last: "2025-11-01" })).toEqual({
      days: 32,
      before: { from: "2025-08-30", to: "2025-09-30" },
      after: { from: "2025-10-01", to: "2025-11-01" },
    });
    expect(beforeAfterWindow("2025-10-01", { first: "2024-01-01", last: "2026-12-31" })?.days).toBe(90);
    expect(beforeAfterWindow("2025-10-01", { first: "2025-01-01", last: "2026-12-31" }, 30)?.before).toEqual({ from: "2025-09-01", to: "2025-09-30" });
  });
  it("is null when a side has no data", () => {
    expect(beforeAfterWindow("2025-08-01", { first: "2025-08-01", last: "2025-11-01" })).toBeNull();
    expect(beforeAfterWindow("2025-11-02", { first: "2025-08-01", last: "2025-11-01" })).toBeNull();
  });
});
