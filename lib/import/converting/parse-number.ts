// Thousands may be grouped by the other of "." and ",", a space (also no-break spaces) or an apostrophe.
const GROUP = { ".": "[, \u00a0\u202f']", ",": "[. \u00a0\u202f']" } as const;
const PATTERNS = {
  ".": new RegExp(`^(?:\\d+(?:\\.\\d*)?|\\.\\d+|\\d{1,3}(${GROUP["."]})\\d{3}(?:\\1\\d{3})*(?:\\.\\d*)?|\\d+(?:\\.\\d+)?[eE][-+]?\\d+)$`),
  ",": new RegExp(`^(?:\\d+(?:,\\d*)?|,\\d+|\\d{1,3}(${GROUP[","]})\\d{3}(?:\\1\\d{3})*(?:,\\d*)?)$`),
} as const;
const CURRENCY = /^(?:€|\$|£|¥|EUR|USD|GBP|CHF|ZAR)\s*|\s*(?:€|\$|£|¥|EUR|USD|GBP|CHF|ZAR)$/gi;
const SIGN = /^[-+\u2212]\s*/;
const PLAIN = { ".": /^-?\d+(?:\.\d+)?$/, ",": /^-?\d+(?:,\d+)?$/ } as const;

/** Reads "1.234,56", "1,234.56", "€ 9,99", "-12,50", "12,50-", "(12.50)" (accounting negative) with
 * the given decimal separator. Null when the text is not a number in that format, e.g. "2.55" with a
 * decimal comma: a point there may only group thousands (2.550). */
export function parseNumber(raw: string, decimal: "." | ","): number | null {
  let s = raw.trim();
  // Most cells are plain ("12", "-3", "2.55"): read them without the general path.
  if (PLAIN[decimal].test(s)) return Number(decimal === "," ? s.replace(",", ".") : s) || 0;
  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 2; pass++) {
    // Sign and currency come in either order: "-€ 9,99" and "€ -9,99".
    const sign = SIGN.exec(s);
    if (sign) {
      if (sign[0][0] !== "+") negative = !negative;
      s = s.slice(sign[0].length);
    }
    s = s.replace(CURRENCY, "");
  }
  if (s.endsWith("-")) {
    negative = !negative;
    s = s.slice(0, -1).trimEnd();
  }
  if (!PATTERNS[decimal].test(s)) return null;
  const plain = decimal === "," ? s.replace(/[. \u00a0\u202f']/g, "").replace(",", ".") : s.replace(/[, \u00a0\u202f']/g, "");
  const n = Number(plain);
  if (!Number.isFinite(n)) return null;
  return negative && n !== 0 ? -n : n;
}
