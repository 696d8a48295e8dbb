import { describe, expect, it } from "vitest";
import { slugify } from "./slugify";

describe("slugify", () => {
  it("spells out letters beyond accents, as people would type them", () => {
    expect(slugify("Øresund Bakkerij")).toBe("oresund-bakkerij");
    expect(slugify("Straße & Co")).toBe("strasse-and-co");
    expect(slugify("Łódź Shop")).toBe("lodz-shop");
    expect(slugify("Bakkerij Één")).toBe("bakkerij-een");
    expect(slugify('Café "De Hoek"')).toBe("cafe-de-hoek");
  });

  it("turns any other run of punctuation into one dash, and compatibility letters into plain ones", () => {
    expect(slugify("Foo.Bar")).toBe("foo-bar");
    expect(slugify("my_shop")).toBe("my-shop");
    expect(slugify("Shop 2.0")).toBe("shop-2-0");
    expect(slugify("A+B")).toBe("a-b");
    expect(slugify("ﬁne ﬂowers")).toBe("fine-flowers");
    expect(slugify("Ｆｕｌｌ")).toBe("full");
  });

  it("cuts at 48 characters without a trailing dash, and falls back when nothing is left", () => {
    expect(slugify(`${"a".repeat(47)} b`)).toBe("a".repeat(47));
    expect(slugify("x".repeat(60))).toHaveLength(48);
    expect(slugify("   ")).toBe("workspace");
    expect(slugify("日本の店")).toBe("workspace");
  });
});
