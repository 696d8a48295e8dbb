import { describe, expect, it } from "vitest";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { checkSegmentKeys } from "./check-segment-keys";

const { db, workspaceId } = fixtureDb(seedKpiFixture);

describe("checkSegmentKeys", () => {
  it("takes customers columns and the workspace's own attributes, and refuses any other key with a reason", () => {
    expect(() =>
      checkSegmentKeys(db, workspaceId, [
        { key: "region", value: "N" },
        { key: "vip", value: "gold" },
      ]),
    ).not.toThrow();
    for (const key of ["constructor", "__proto__", "toString", "VIP"]) {
      expect(() => checkSegmentKeys(db, workspaceId, [{ key, value: "x" }]), key).toThrow(`No segment "${key}" in this workspace`);
    }
  });
});
