import { describe, expect, it } from "vitest";
import { lockFilterOptions } from "./lock-filter-options";

const options = {
  segments: [
    { key: "region", values: ["Noord-Holland", "Utrecht"] },
    { key: "gender", values: ["f", "m"] },
  ],
  channels: ["web", "app"],
  categories: ["Coffee", "Tea"],
  campaigns: [
    { key: "C1", name: "One" },
    { key: "C2", name: "Two" },
  ],
};

describe("lockFilterOptions", () => {
  it("keeps only the labels of the view's own filters", () => {
    const view = new URLSearchParams("segment=region%3DUtrecht&campaign=C2&channel=app");
    expect(lockFilterOptions(options, view)).toEqual({
      segments: [{ key: "region", values: ["Utrecht"] }],
      channels: ["app"],
      categories: [],
      campaigns: [{ key: "C2", name: "Two" }],
    });
  });

  it("reveals nothing for an unfiltered view", () => {
    expect(lockFilterOptions(options, new URLSearchParams("from=2025-01-01"))).toEqual({ segments: [], channels: [], categories: [], campaigns: [] });
  });
});
