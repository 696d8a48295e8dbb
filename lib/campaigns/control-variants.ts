/** Offer variants that mark customers held out of a campaign (compared without regard to case or
 * surrounding spaces). They were never shown the offer, so they count as untreated everywhere. */
export const CONTROL_VARIANTS = ["control", "holdout"] as const;

export function isControlVariant(variant: string | null): boolean {
  return variant !== null && (CONTROL_VARIANTS as readonly string[]).includes(variant.trim().toLowerCase());
}
