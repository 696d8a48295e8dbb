import { describe, expect, it } from "vitest";
import { products } from "@/db/schema";
import { fixtureDb } from "@/db/testing/fixture-db";
import { seedKpiFixture } from "@/db/testing/kpi-fixture";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { getCategoryBasis } from "./get-category-basis";

const newDb = tempDbPerTest();
const withProducts = (categories: (string | null)[]) => {
  const { db } = newDb();
  categories.forEach((category, i) =>
    db
      .insert(products)
      .values({ workspaceId: 1, sku: `S${i}`, category })
      .run(),
  );
  return db;
};

describe("getCategoryBasis", () => {
  it("says categories when every product has one, families when none has one, mixed otherwise", () => {
    expect(getCategoryBasis(withProducts(["Mugs", "Bowls"]), 1)).toBe("categories");
    expect(getCategoryBasis(withProducts([null, " "]), 1)).toBe("families"); // blank is none, as in the queries
    expect(getCategoryBasis(withProducts(["Mugs", null]), 1)).toBe("mixed");
  });

  it("the KPI fixture: categories, and U2 with none on the product or its lines", () => {
    const { db, workspaceId } = fixtureDb(seedKpiFixture);
    expect(getCategoryBasis(db, workspaceId)).toBe("mixed");
  });
});
