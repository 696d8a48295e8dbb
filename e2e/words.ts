import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// Every label in words, in the reader's language: no code-like identifier (loyal_customers,
// "compare = year", a message key such as overview.crossSell) and, in Dutch, no English sentence
// from the message files (nor, in English, a Dutch one). Used by words.spec.ts and real-shop.spec.ts.
export type Tree = { [k: string]: string | Tree };
const messages = (l: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, "..", "messages", `${l}.json`), "utf8")) as Tree;
export const en = messages("en");
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
export function fragments(message: string): string[] {
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
export const foreign = { en: onlyIn(nlLeaves, enLeaves), nl: onlyIn(enLeaves, nlLeaves) };
const namespaces = Object.keys(en).join("|");
const RAW = [
  { what: "a snake_case identifier", re: /\b[a-z]+(?:_[a-z0-9]+)+\b/g },
  { what: "a message key", re: new RegExp(`\\b(?:${namespaces})\\.[a-z][A-Za-z]+`, "g") },
  // "compare = year, segment = region=Utrecht"; not a formula ("conversion = customers who …") or "p = 0.01".
  { what: "a URL parameter", re: /\b[a-z]{2,} = [\w=-]+(?=,|\n|$)/g },
];

/** What a reader sees of the page: its text and the words of its lists and labels. Text the shop named
 * itself and that Liftboard shows as given (a file's name, marked data-own-text) is left out. */
export async function words(page: Page): Promise<string> {
  return page.evaluate(() => {
    const own = [...document.querySelectorAll<HTMLElement>("[data-own-text]")];
    for (const e of own) e.style.display = "none";
    const text = document.body.innerText;
    for (const e of own) e.style.display = "";
    return [
      text,
      ...[...document.querySelectorAll("option, optgroup")].map((o) => (o as HTMLOptionElement).label || o.textContent),
      ...[...document.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label")),
    ].join("\n");
  });
}

export function problems(text: string, locale: "en" | "nl"): string[] {
  const found = RAW.flatMap(({ what, re }) => [...text.matchAll(re)].map((m) => `${what}: "${m[0]}"`));
  for (const f of foreign[locale]) if (text.includes(f)) found.push(`${locale === "nl" ? "English" : "Dutch"} text: "${f}"`);
  return [...new Set(found)];
}
