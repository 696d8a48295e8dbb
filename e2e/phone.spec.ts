import { expect, test } from "@playwright/test";
import { SLUG, newShareLink } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone, before/after shows both windows on screen, and a wide table says it scrolls and keeps its first column", async ({ page }) => {
  await page.goto(`/w/${SLUG}/overview`);
  const panel = page.locator('section[data-testid^="before-after-"]').first();
  await panel.scrollIntoViewIfNeeded();
  for (const heading of ["Before", "After", "Change"]) {
    const box = await panel.getByRole("columnheader", { name: new RegExp(`^${heading}`) }).boundingBox();
    expect(box, heading).not.toBeNull();
    expect(box!.x + box!.width, heading).toBeLessThanOrEqual(390);
  }
  await expect(panel.getByTestId("scroll-cue")).toHaveCount(0);

  await page.goto(`/w/${SLUG}/segments`);
  const table = page.getByTestId("segment-table");
  await expect(table).toBeVisible();
  const region = page.getByRole("region", { name: "Table; scroll sideways for more" }).filter({ has: table });
  await expect(page.getByTestId("scroll-cue")).toBeVisible();
  const firstCell = table.locator("tbody tr").first().locator("td").first();
  const before = await firstCell.boundingBox();
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  // Scrolled to the end: the cue is gone and the first column has stayed where it was.
  await expect(page.getByTestId("scroll-cue")).toHaveCount(0);
  expect((await firstCell.boundingBox())!.x).toBeCloseTo(before!.x, 0);
});

test("on a phone, Products shows each rule as a card with its measures on screen, and sorts them", async ({ page }) => {
  await page.goto(`/w/${SLUG}/products?level=product`);
  const card = page.getByTestId("rule-card-0");
  await expect(card).toBeVisible();
  await expect(page.getByTestId("rules-table")).toBeHidden();
  for (const measure of ["rule-support", "rule-confidence", "rule-lift"]) {
    const box = (await card.getByTestId(measure).boundingBox())!;
    expect(box.x + box.width, measure).toBeLessThanOrEqual(390);
  }
  await expect(card.locator("dt")).toContainText(["Orders", "Support", "Confidence", "Lift"]);
  // No page scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByLabel("Sort by").selectOption("lift");
  await expect(page).toHaveURL(/sort=lift/);
  const lifts = (await page.locator('[data-testid^="rule-card-"] [data-testid="rule-lift"]').allInnerTexts()).map((s) => Number(s.replace(/,/g, "")));
  expect(lifts.length).toBeGreaterThan(1);
  expect(lifts).toEqual([...lifts].sort((a, b) => b - a));
});

test("at 390 px no page scrolls sideways, in the app or on a share link", async ({ page, browser }) => {
  const wide: string[] = [];
  const check = async (p: typeof page, label: string) => {
    await p.waitForLoadState("networkidle");
    const width = await p.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${label}: ${width} px`);
  };
  for (const path of ["overview", "segments", "campaigns", "offers", "products", "customers", "imports", "reports", "settings"]) {
    await page.goto(`/w/${SLUG}/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await check(page, path);
  }
  const url = await newShareLink(page, "customers", "Customers on a phone");
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 390, height: 844 } });
  const p = await reader.newPage();
  await p.goto(url);
  await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
  await check(p, "share link of customers");
  await reader.close();
  expect(wide).toEqual([]);
});
