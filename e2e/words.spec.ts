import path from "node:path";
import { expect, test } from "@playwright/test";
import { SLUG, newShareLink } from "./fixtures";
import { en, foreign, fragments, problems, words, type Tree } from "./words";

// Every label in words, in the reader's language: on each page, in English and Dutch, no code-like
// identifier (loyal_customers, "compare = year", a message key such as overview.crossSell) and, in
// Dutch, no English sentence from the message files (nor, in English, a Dutch one).
const PAGES = [
  "overview",
  "segments",
  "segments?by=rfm",
  "segments?by=channel",
  "campaigns",
  "offers",
  "products",
  "customers",
  "imports",
  "reports",
  "settings",
];

test("the foreign-text check knows both languages' sentences", () => {
  // Guards the check itself: it would pass on anything if it found no sentence to look for.
  expect(foreign.nl.length).toBeGreaterThan(200);
  expect(foreign.en.length).toBeGreaterThan(200);
  expect(problems("Geïmporteerd: loyal_customers", "nl")).toEqual(['a snake_case identifier: "loyal_customers"']);
  expect(problems("compare = year, segment = region=Utrecht", "en")).toEqual([
    'a URL parameter: "compare = year"',
    'a URL parameter: "segment = region=Utrecht"',
  ]);
  expect(problems("conversion = customers who accepted / customers shown; p = 0.01", "en")).toEqual([]);
  expect(problems("overview.crossSellRatio", "en")).toEqual(['a message key: "overview.crossSellRatio"']);
  expect(problems(`x ${fragments(en.imports && ((en.imports as Tree).cancelled as string))[0]}`, "nl")).toHaveLength(1);
});

for (const locale of ["en", "nl"] as const) {
  test(`every page says everything in words, ${locale}`, async ({ page, context }) => {
    test.setTimeout(120_000);
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "localhost", path: "/" }]);
    const found: string[] = [];
    for (const p of PAGES) {
      await page.goto(`/w/${SLUG}/${p}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expect(page.getByText(/^Loading|^Laden/)).toHaveCount(0);
      for (const x of problems(await words(page), locale)) found.push(`${p}: ${x}`);
    }
    // The import preview of a Dutch shop's file.
    await page.goto(`/w/${SLUG}/imports`);
    await page.getByLabel(locale === "nl" ? "Bestand kiezen" : "Choose file").setInputFiles(path.join(import.meta.dirname, "fixtures", "bestellingen.csv"));
    await expect(page.getByTestId("import-preview")).toBeVisible();
    for (const x of problems(await words(page), locale)) found.push(`import preview: ${x}`);
    expect(found).toEqual([]);
  });
}

test("share links say everything in words, in Dutch, their fixed filters included", async ({ page, browser }) => {
  const links = [
    await newShareLink(page, "overview?from=2026-08-03&to=2026-10-31&compare=year&segment=region%3DUtrecht", "Utrecht in words"),
    // Pages with controls of their own (a breakdown, an A/B test): the fixed-filter line names only the filters.
    await newShareLink(page, "segments?by=channel&channel=web", "Segments in words"),
    await newShareLink(page, "offers?test=CMP-XSELL-ACC&control=B&by=region", "Offers in words"),
  ];
  // The link opens in the workspace's language; this reader chose Dutch.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await reader.addCookies([{ name: "NEXT_LOCALE", value: "nl", domain: "localhost", path: "/" }]);
  const p = await reader.newPage();
  const found: string[] = [];
  for (const url of links) {
    await p.goto(url);
    await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    await p.waitForLoadState("networkidle");
    await expect(p.getByText(/^Laden/)).toHaveCount(0);
    for (const x of problems(await words(p), "nl")) found.push(`${url}: ${x}`);
  }
  expect(found).toEqual([]);
  await reader.close();
});
