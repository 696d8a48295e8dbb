import { describe, expect, it } from "vitest";
import { describeView } from "./describe-view";

describe("describeView", () => {
  it("puts a saved view's query in parts to say in words", () => {
    expect(describeView("compare=year&from=2026-08-03&to=2026-10-31&range=custom&segment=region%3DUtrecht&segment=vip%3Dyes&channel=web")).toEqual([
      { kind: "period", from: "2026-08-03", to: "2026-10-31" },
      { kind: "compare", value: "year" },
      { kind: "segment", key: "region", value: "Utrecht" },
      { kind: "segment", key: "vip", value: "yes" },
      { kind: "channel", value: "web" },
    ]);
  });

  it("keeps what it does not know as it is, and says nothing for an empty view", () => {
    expect(describeView("")).toEqual([]);
    expect(describeView("from=2026-01-01&minSupport=0.01&compare=sometimes")).toEqual([
      { kind: "period", from: "2026-01-01", to: null },
      { kind: "other", key: "minSupport", value: "0.01" },
      { kind: "other", key: "compare", value: "sometimes" },
    ]);
  });
});
