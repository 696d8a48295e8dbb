import type { OrderLineRecord } from "../records";

const cents = (n: number) => Math.round(n * 100) / 100;

/** Adds the part of an order-level discount that no line carries yet to the lines, in proportion to
 * their value (quantity x unit price); the last line takes the rounding rest, so the lines add up to
 * the order's discount exactly. A discount above the lines' value (e.g. free shipping) is capped. */
export function allocateOrderDiscount(lines: readonly OrderLineRecord[], orderDiscount: number): OrderLineRecord[] {
  const values = lines.map((l) => Math.max(0, l.quantity * l.unitPrice));
  const total = values.reduce((a, b) => a + b, 0);
  const already = lines.reduce((a, l) => a + l.discount, 0);
  const rest = cents(Math.min(orderDiscount - already, total - already));
  if (rest <= 0 || total <= 0) return [...lines];
  const last = values.findLastIndex((v) => v > 0);
  let given = 0;
  return lines.map((l, i) => {
    if (values[i] === 0) return l;
    const share = i === last ? cents(rest - given) : cents((rest * values[i]) / total);
    given = cents(given + share);
    return { ...l, discount: cents(l.discount + share) };
  });
}
