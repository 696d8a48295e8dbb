import type { Delimiter } from "../format";

const NAMES: Record<Delimiter, string> = { ",": "','", ";": "';'", "\t": "a tab", "|": "'|'" };

/** "Expected 9 fields, found 11 — is a value containing ';' missing its quotes?" */
export function fieldCountMessage(expected: number, found: number, delimiter: Delimiter): string {
  const hint =
    found > expected
      ? `is a value containing ${NAMES[delimiter]} missing its quotes?`
      : "is the line cut short, or is a value containing a line break missing its quotes?";
  return `Expected ${expected} fields, found ${found} — ${hint}`;
}
