import type { KindSpec } from "../fields/field-spec";
import { normalizeHeader } from "./normalize-header";

/** Guesses canonical field → column index from header names. Every (field, column) pair that matches
 * is ranked by how strong the match is (the field's own name, then its synonyms in order) and taken
 * greedily, so "Order Date" wins order_date before a weaker "Date" column could. */
export function matchColumns(spec: KindSpec, headers: readonly string[]): Record<string, number> {
  const normalized = headers.map(normalizeHeader);
  const pairs: { field: string; column: number; rank: number; order: number }[] = [];
  Object.entries(spec.fields).forEach(([field, fs], order) => {
    if (fs.presetOnly) return;
    const names = [field, ...fs.synonyms].map(normalizeHeader);
    normalized.forEach((h, column) => {
      const rank = names.indexOf(h);
      if (h !== "" && rank !== -1) pairs.push({ field, column, rank, order });
    });
  });
  pairs.sort((a, b) => a.rank - b.rank || a.order - b.order || a.column - b.column);
  const columns: Record<string, number> = {};
  const taken = new Set<number>();
  for (const p of pairs) {
    if (p.field in columns || taken.has(p.column)) continue;
    columns[p.field] = p.column;
    taken.add(p.column);
  }
  // In the kind's field order, so a saved mapping reads like the template.
  const ordered = Object.fromEntries(
    Object.keys(spec.fields)
      .filter((f) => f in columns)
      .map((f) => [f, columns[f]]),
  );
  return keepOneCustomerKey(ordered);
}

// Data minimisation: with a customer id the e-mail is not needed, with an e-mail the phone is not.
function keepOneCustomerKey(columns: Record<string, number>): Record<string, number> {
  const out = { ...columns };
  if ("customer_id" in out) delete out.customer_email;
  if ("customer_id" in out || "customer_email" in out) delete out.customer_phone;
  if ("birth_year" in out) delete out.age;
  if ("marketing_opt_out" in out) delete out.marketing_opt_in;
  return out;
}
