import { describe, expect, it } from "vitest";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { claimSetup, releaseSetup } from "./claim-setup";

const newDb = tempDbPerTest();

describe("claimSetup", () => {
  it("gives the first-run setup to one caller of many, and again only after it is released", () => {
    const { db } = newDb();
    expect(Array.from({ length: 10 }, () => claimSetup(db))).toEqual([true, ...Array(9).fill(false)]);
    releaseSetup(db);
    expect(claimSetup(db)).toBe(true);
    expect(claimSetup(db)).toBe(false);
  });
});
