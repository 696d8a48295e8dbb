const TRUE = new Set(["1", "yes", "y", "true", "t", "ja", "j", "waar", "x", "accepted", "converted", "geaccepteerd"]);
const FALSE = new Set(["0", "no", "n", "false", "f", "nee", "onwaar", "declined", "rejected", "not accepted", "afgewezen", "geweigerd"]);

/** yes/no in English or Dutch, true/false, 1/0; null when it is none of these. */
export function parseBoolean(raw: string): boolean | null {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return null;
}
