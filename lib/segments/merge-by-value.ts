/**
 * Segment values are grouped in SQL by their stored spelling (a plain column compare, faster than
 * trim() and lower() on every customer) and merged
 * here by the rules of the pages: surrounding spaces ignored, empty = no value, letters compared without
 * regard to case. The rules are SQLite's own, so a merged row is exactly what a segment filter on its
 * value selects: trim() strips spaces only and lower() folds ASCII letters only.
 */

/** SQLite's nullif(trim(v), ''): spaces only, an empty value is no value. */
export function cleanSegmentValue(v: string | null): string | null {
  if (v === null) return null;
  let a = 0;
  let b = v.length;
  while (a < b && v.charCodeAt(a) === 32) a++;
  while (b > a && v.charCodeAt(b - 1) === 32) b--;
  return a === b ? null : v.slice(a, b);
}

/** SQLite's lower() without ICU: ASCII letters only. */
export function segmentKey(v: string): string {
  return v.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** SQLite's BINARY order (UTF-8 bytes, i.e. code points), not JS's UTF-16 code units. */
export function compareBinary(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/**
 * Rows grouped by stored spelling → one row per value: `add` sums a row into the first of its value;
 * the row's value becomes the smallest spelling among them (as min() would pick). No value = null.
 */
export function mergeByValue<R extends { value: string | null }>(rows: Iterable<R>, add: (into: R, row: R) => void): R[] {
  const byKey = new Map<string | null, R>();
  for (const row of rows) {
    const value = cleanSegmentValue(row.value);
    const key = value === null ? null : segmentKey(value);
    const into = byKey.get(key);
    if (!into) byKey.set(key, { ...row, value });
    else {
      add(into, row);
      if (value !== null && compareBinary(value, into.value!) < 0) into.value = value;
    }
  }
  return [...byKey.values()];
}
