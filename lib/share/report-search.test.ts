import { describe, expect, it } from "vitest";
import { reportSearch } from "./report-search";

const p = (s: string) => new URLSearchParams(s);

describe("reportSearch", () => {
  it("gives each kind the part of the page's URL it is asked with", () => {
    expect(reportSearch("overview", p("from=2026-01-01&segment=region%3DUtrecht"))).toBe("from=2026-01-01&segment=region%3DUtrecht");
    // Segments without a breakdown ask for none: the server opens on the one the workspace's data chooses.
    expect(reportSearch("segments", p("from=2026-01-01"))).toBe("from=2026-01-01");
    expect(reportSearch("segments", p("by=rfm"))).toBe("by=rfm");
    // The A/B test picker is the test's own; the funnels do not change with it.
    expect(reportSearch("offers", p("from=2026-01-01&test=CMP-1&control=A&split=A%3D50"))).toBe("from=2026-01-01");
    // Lifetime value reads its settings only, in a fixed order.
    expect(reportSearch("customers/predicted", p("opp=pair&x=A&discount=0.02&cal=2026-06-30"))).toBe("cal=2026-06-30&discount=0.02");
    expect(reportSearch("filter-options", p("from=2026-01-01"))).toBe("");
  });
});
