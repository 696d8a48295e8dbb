// Dutch and platform spellings onto one vocabulary, so "geannuleerd" is excluded like "cancelled"
// (lib/kpi/counted.ts lists the statuses that are not sales).
const STATUSES: Record<string, string> = {
  paid: "paid",
  betaald: "paid",
  completed: "completed",
  complete: "completed",
  voltooid: "completed",
  afgerond: "completed",
  processing: "processing",
  "in behandeling": "processing",
  verwerken: "processing",
  pending: "pending",
  "pending payment": "pending",
  "in afwachting": "pending",
  "in afwachting van betaling": "pending",
  openstaand: "pending",
  authorized: "pending",
  "on hold": "on_hold",
  "in de wacht": "on_hold",
  refunded: "refunded",
  terugbetaald: "refunded",
  gerestitueerd: "refunded",
  "partially refunded": "partially_refunded",
  "gedeeltelijk terugbetaald": "partially_refunded",
  cancelled: "cancelled",
  canceled: "cancelled",
  geannuleerd: "cancelled",
  voided: "voided",
  void: "voided",
  vervallen: "voided",
  failed: "failed",
  mislukt: "failed",
};

/** Known statuses in canonical form (cancelled, refunded, paid, ...); others lowercased with
 * underscores for spaces, as exported. */
export function normalizeStatus(raw: string): string {
  const s = raw.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
  return STATUSES[s] ?? s.replace(/ /g, "_");
}
