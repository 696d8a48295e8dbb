import { isControlVariant } from "@/lib/campaigns/control-variants";

/**
 * A control/holdout variant that accepted nothing was never shown an offer (lib/campaigns/
 * control-variants.ts): its offer conversion is zero by construction, so testing it would only prove
 * that showing an offer beats not showing one. It is set aside for the A/B test (its revenue effect is
 * the Campaigns page's incrementality); a "control" arm with acceptances was shown an offer and stays in.
 */
export function splitHoldout<V extends { name: string; conversions: number }>(variants: readonly V[]): { tested: V[]; heldOut: V[] } {
  const tested: V[] = [];
  const heldOut: V[] = [];
  for (const v of variants) (isControlVariant(v.name) && v.conversions === 0 ? heldOut : tested).push(v);
  return { tested, heldOut };
}
