import { DAYS, type Calendar } from "./calendar";
import type { OfferLog } from "./offers";
import { Rng, clamp } from "./random";
import type { DemoFeedback } from "./types";

const POSITIVE = [
  "Fast delivery and well packed.",
  "Great coffee, will order again.",
  "Easy checkout and clear tracking.",
  "Good prices and quick service.",
  "Product exactly as described.",
  "The app makes reordering easy.",
  "Helpful customer service.",
];
const NEUTRAL = [
  "Delivery took a day longer than expected.",
  "Good product, the box could be smaller.",
  "Fine, but the website was slow at times.",
  "Decent, although prices went up a bit.",
];
const NEGATIVE = [
  "Item arrived damaged.",
  "Product stopped working after a month.",
  "Customer service did not reply to my question.",
  "Delivery was late and nobody told me.",
];
const TROUBLE = ["The return process took too long.", "Refund took more than two weeks.", "Had to send it back, wrong size."];
const TOO_MANY_OFFERS = ["Too many pop-ups and offers during checkout.", "Stop pushing extra products in the cart.", "Too many promotional messages lately."];

/** What feedback needs to know about one customer's generated orders. */
export interface CustomerHistory {
  customerKey: string;
  loyal: boolean;
  orderCount: number;
  orderDay: Int32Array; // first `orderCount` entries are used
  troubled: Uint8Array; // refunded or containing a return
  cancelled: Uint8Array;
  offerStart: number; // this customer's rows in the offer log: offerStart..log.length
}

/** Roughly 1 in 3 buyers leaves a rating a few days after an order. Satisfaction drops after a
 * bad order and, modestly, with every offer beyond the second one a customer was shown. */
export class FeedbackWriter {
  readonly rows: DemoFeedback[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly cal: Calendar,
    private readonly offers: OfferLog,
  ) {}

  add(h: CustomerHistory): void {
    const rng = this.rng;
    if (h.orderCount === 0 || !rng.chance(0.38)) return;
    this.one(h);
    if (h.orderCount >= 3 && rng.chance(0.12)) this.one(h);
  }

  private one(h: CustomerHistory): void {
    const rng = this.rng;
    const j = rng.int(0, h.orderCount - 1);
    if (h.cancelled[j]) return;
    const day = h.orderDay[j] + rng.int(1, 10);
    if (day >= DAYS) return; // would fall after the data ends
    const endOfDay = this.cal.utcMidnight[day] + 86_400_000;
    let before = 0;
    let latest = -1;
    for (let i = h.offerStart; i < this.offers.length; i++) {
      const t = this.offers.shownMs.data[i];
      if (t >= endOfDay) continue;
      before++;
      if (latest < 0 || t > this.offers.shownMs.data[latest]) latest = i;
    }
    let s = rng.normal(0.74, 0.15) + (h.loyal ? 0.03 : 0);
    if (h.troubled[j]) s -= 0.22;
    s -= Math.min(0.15, 0.035 * Math.max(0, before - 2));
    s = clamp(s, 0, 1);
    const scale: 5 | 10 = rng.chance(0.6) ? 5 : 10;
    const rating = scale === 5 ? clamp(Math.round(1 + 4 * s + rng.normal(0, 0.3)), 1, 5) : clamp(Math.round(10 * s + rng.normal(0, 0.7)), 0, 10);
    const campaignKey = latest >= 0 && rng.chance(0.7) ? this.offers.rows[latest].campaignKey : null;
    this.rows.push({ customerKey: h.customerKey, date: this.cal.iso[day], rating, scale, campaignKey, comment: this.comment(s, h.troubled[j] === 1, before) });
  }

  private comment(s: number, troubled: boolean, offers: number): string | null {
    const rng = this.rng;
    if (!rng.chance(0.4)) return null;
    if (troubled && s < 0.6) return rng.pick(TROUBLE);
    if (offers >= 5 && s < 0.7 && rng.chance(0.6)) return rng.pick(TOO_MANY_OFFERS);
    if (s >= 0.72) return rng.pick(POSITIVE);
    if (s >= 0.5) return rng.pick(NEUTRAL);
    return rng.pick(NEGATIVE);
  }
}
