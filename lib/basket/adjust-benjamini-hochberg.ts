/**
 * Benjamini–Hochberg q-values (R's p.adjust(p, "BH")): q of the i-th smallest of m p-values is
 * min over j ≥ i of p(j)·m/j, capped at 1. Hiding rules with q above a level keeps the expected share
 * of chance rules among those shown below that level.
 */
export function adjustBenjaminiHochberg(pValues: ArrayLike<number>): Float64Array {
  const m = pValues.length;
  const order = Array.from({ length: m }, (_, i) => i);
  for (let i = 0; i < m; i++) {
    const p = pValues[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value ${i} is ${p}; p-values must lie between 0 and 1.`);
  }
  order.sort((a, b) => pValues[a] - pValues[b]);
  const q = new Float64Array(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const i = order[rank - 1];
    running = Math.min(running, (pValues[i] * m) / rank);
    q[i] = running;
  }
  return q;
}
