import { FloatBuffer, IntBuffer } from "./random";
import type { DemoOffer, DemoPlacement } from "./types";

/** Collects offer rows while orders are generated; order keys are only known after all orders
 * are sorted by time, so accepted offers keep a temporary order index until `finish`. */
export class OfferLog {
  readonly rows: DemoOffer[] = [];
  /** Shown time (epoch ms) per row, for cheap per-customer look-ups without touching Dates. */
  readonly shownMs = new FloatBuffer();
  private readonly orderRef = new IntBuffer();

  add(customerKey: string, campaignKey: string, variant: string, placement: DemoPlacement, shownMs: number): number {
    this.rows.push({
      offerKey: "",
      customerKey,
      campaignKey,
      variant,
      placement,
      shownAt: new Date(shownMs),
      accepted: false,
      orderKey: null,
      revenue: null,
    });
    this.shownMs.push(shownMs);
    this.orderRef.push(-1);
    return this.rows.length - 1;
  }

  accept(row: number, tempOrder: number, revenueCents: number): void {
    const offer = this.rows[row];
    offer.accepted = true;
    offer.revenue = revenueCents / 100;
    this.orderRef.data[row] = tempOrder;
  }

  get length(): number {
    return this.rows.length;
  }

  /** Links accepted offers to their order keys and numbers offers in the order they were shown. */
  finish(orderKeyOf: string[]): DemoOffer[] {
    for (let i = 0; i < this.rows.length; i++) {
      const ref = this.orderRef.data[i];
      if (ref >= 0) this.rows[i].orderKey = orderKeyOf[ref];
    }
    const index = Array.from({ length: this.rows.length }, (_, i) => i);
    const shown = this.shownMs.data;
    index.sort((a, b) => shown[a] - shown[b] || a - b);
    const sorted = index.map((i) => this.rows[i]);
    for (let i = 0; i < sorted.length; i++) sorted[i].offerKey = `OF${String(i + 1).padStart(7, "0")}`;
    return sorted;
  }
}
