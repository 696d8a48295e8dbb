import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SLUG, newShareLink } from "./fixtures";

// axe-core (WCAG 2.1 A and AA) on every page, in English and Dutch, at 1440 and 390 px: no serious or
// critical violation. Each finding is listed with its rule, its first elements and how many there are.
async function serious(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}

const PAGES = ["overview", "segments", "segments?by=rfm", "campaigns", "offers", "products", "customers", "imports", "reports", "settings"];

for (const locale of ["en", "nl"] as const) {
  for (const width of [1440, 390]) {
    test(`every workspace page passes axe-core, ${locale}, ${width} px`, async ({ page, context }) => {
      test.setTimeout(180_000);
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "localhost", path: "/" }]);
      await page.setViewportSize({ width, height: 900 });
      const found: string[] = [];
      for (const path of PAGES) {
        await page.goto(`/w/${SLUG}/${path}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByText(/^Loading|^Laden/)).toHaveCount(0);
        for (const v of await serious(page)) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }
}

test.describe("signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("sign-in passes axe-core", async ({ page }) => {
    await page.goto("/sign-in");
    expect(await serious(page)).toEqual([]);
  });
});

test("a share link's page passes axe-core, at 1440 and 390 px", async ({ page, browser }) => {
  const url = await newShareLink(page, "overview", "Overview for axe");

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const p = await reader.newPage();
  for (const width of [1440, 390]) {
    await p.setViewportSize({ width, height: 900 });
    await p.goto(url);
    await expect(p.getByTestId("kpi-crossSellRatio")).toBeVisible();
    expect(await serious(p), `${width} px`).toEqual([]);
  }
  await reader.close();
});
