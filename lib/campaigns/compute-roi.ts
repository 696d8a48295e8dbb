/** Return on investment (revenue − cost) / cost; null without a positive cost (nothing to divide by,
 * and a negative cost is a data error rather than a windfall). */
export function computeRoi(revenue: number, cost: number | null): number | null {
  if (cost === null || !(cost > 0)) return null;
  return (revenue - cost) / cost;
}
