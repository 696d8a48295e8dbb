import { describe, expect, it } from "vitest";
import { AppFailure } from "../result";
import { stampSnapshot } from "./stamp-snapshot";

describe("stampSnapshot", () => {
  it("round-trips JSON data and keeps the data-as-of time", () => {
    const data = { kpis: [{ key: "cross_sell_ratio", value: 0.125 }], note: "€ café", empty: null, nested: { list: [1, 2, 3] } };
    const asOf = new Date("2026-02-28T23:59:59.999Z");
    const s = stampSnapshot(data, asOf);
    expect(JSON.parse(s.json)).toEqual(data);
    expect(s.dataAsOf.getTime()).toBe(asOf.getTime());
  });
  it("refuses data JSON cannot hold", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => stampSnapshot(circular, new Date())).toThrow(AppFailure);
    expect(() => stampSnapshot({ n: 1n }, new Date())).toThrow(/cannot be saved as JSON/);
    expect(() => stampSnapshot(undefined, new Date())).toThrow(/needs the report's data/);
    expect(() => stampSnapshot({}, new Date(Number.NaN))).toThrow(/not a valid date/);
  });
});
