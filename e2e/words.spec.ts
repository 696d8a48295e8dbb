import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { SLUG, newShareLink } from "./fixtures";

// Every label in words, in the reader's language: on each page, in English and Dutch, no code-like
// identifier (loyal_customers, "compare = year", a message key such as overview.crossSell) and, in
// Dutch, no English sentence from the message files (nor, in English, a Dutch one).
type Tree = { [k: string]: string | Tree };
const messages = (l: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", `${l}.json`), "utf8")) as Tree;
const en = messages("en");
const nl = messages("nl");

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/** The literal text of an ICU message outside its {placeholders}, as fragments of at least three words. */
function fragments(message: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of message) {
    if (ch === "{") {
      if (depth === 0) {
        parts.push(cur);
        cur = "";
      }
      depth++;
    } else if (ch === "}") depth--;
    else if (depth === 0) cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= 3 && p.length >= 14);
}

/** Sentences of one language that the other language's messages never contain. */
function onlyIn(a: Map<string, string>, b: Map<string, string>): string[] {
  const other = [...b.values()].join("\n");
  const out = new Set<string>();
  for (const [key, text] of a) if (b.get(key) !== text) for (const f of fragments(text)) if (!other.includes(f)) out.add(f);
  return [...out];
}

const enLeaves = leaves(en);
const nlLeaves = leaves(nl);
const foreign = { en: onlyIn(nlLeaves, enLeaves), nl: onlyIn(enLeaves, nlLeaves) };
const namespaces = Object.keys(en).join("|");
const RAW = [
  { what: "a snake_case identifier", re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g },
  { what: "a message key", re: new RegExp(`\\b(?:${namespaces})\\.[a-z][A-Za-z]+`, "g") },
  // "compare = year, segment = region=Utrecht"; not a formula ("conversion = customers who …") or "p = 0.01".
  { what: "a URL parameter", re: /\b[a-z]{2,} = [\w=-]+(?=,|\n|$)/g },
];

/** What a reader sees of the page: its text and the words of its lists and labels. */
async function words(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.body.innerText,
      ...[...document.querySelectorAll("option, optgroup")].map((o) => (o as HTMLOptionElement).label || o.textContent),
      ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")),
    ].join("\n"),
  );
}

function problems(text: string, locale: "en" | "nl"): string[] {
  const found = RAW.flatMap(({ what, re }) => [...text.matchAll(re)].map((m) => `${what}: "${m[0]}"`));
  for (const f of foreign[locale]) if (text.includes(f)) found.push(`${locale === "nl" ? "English" : "Dutch"} text: "${f}"`);
  return [...new Set(found)];
}

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
