/** One part of a saved view's query, for saying in words what the view shows. */
export type ViewPart =
  | { kind: "period"; from: string | null; to: string | null }
  | { kind: "compare"; value: "previous" | "year" | "none" }
  | { kind: "segment"; key: string; value: string }
  | { kind: "campaign" | "channel" | "category" | "by" | "level"; value: string }
  | { kind: "other"; key: string; value: string };

const SAME_KEYS = ["campaign", "channel", "category", "by", "level"] as const;

/**
 * A saved view's query (as the page's URL holds it) as parts to put in words: the period as one part,
 * the comparison, each segment, and the other filters; "range=custom" (the filter bar's own marker)
 * says nothing a reader needs. Keys this does not know stay as they are, so nothing is hidden.
 */
export function describeView(query: string): ViewPart[] {
  const params = new URLSearchParams(query);
  const parts: ViewPart[] = [];
  const from = params.get("from");
  const to = params.get("to");
  if (from || to) parts.push({ kind: "period", from, to });
  for (const [key, value] of params) {
    if (key === "from" || key === "to" || key === "range") continue;
    if (key === "compare" && (value === "previous" || value === "year" || value === "none")) parts.push({ kind: "compare", value });
    else if (key === "segment" && value.includes("=")) {
      const i = value.indexOf("=");
      parts.push({ kind: "segment", key: value.slice(0, i).trim(), value: value.slice(i + 1).trim() });
    } else if ((SAME_KEYS as readonly string[]).includes(key)) parts.push({ kind: key as (typeof SAME_KEYS)[number], value });
    else parts.push({ kind: "other", key, value });
  }
  return parts;
}
