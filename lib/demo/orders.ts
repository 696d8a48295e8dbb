import { DAYS, DAY_MS, randomShopTime, type Calendar } from "./calendar";
import { CAT, tierWeights, type Catalog } from "./catalog";
import {
  DEEPSELL,
  DEEPSELL_DAYS,
  GIFTBOX,
  GIFTBOX_DAYS,
  UPSELL,
  UPSELL_DAYS,
  XSELL,
  XSELL_CATEGORIES,
  XSELL_DAYS,
  giftBoxProduct,
  xsellVariant,
  type XsellVariant,
} from "./campaigns";
import { SEGMENT_LIFETIME, SEGMENT_RATE, type CustomerPool } from "./customers";
import { FeedbackWriter } from "./feedback";
import { OfferLog } from "./offers";
import { FloatBuffer, IntBuffer, Rng, cumulative } from "./random";

// Chances per order of the generating process (inputs, not measured outcomes).
const ADDON_BASE = 0.05; // a complementary item from another category
const ADDON_MORE = 0.15; // ... and sometimes a second one
const SECOND_INTEREST = 0.04; // an unrelated item, usually from a favourite category
const REBUY_SAME = 0.7; // a consumable re-bought as the same product (family: then tier logic)
const FREQUENCY_CAP_DAYS = 30;
const RETURN_CHANCE = 0.038; // a paid order that also returns an earlier item
const TIER_UP = 0.12;
const TIER_DOWN = 0.1;
const QTY_CONSUMABLE = cumulative([60, 27, 9, 4]);
const PROMO_PCT = [0.05, 0.1, 0.15, 0.2, 0.25];
const PROMO_CUM = cumulative([3, 4, 3, 2, 1]);
// Nobody buys a new phone or laptop every month: owners mostly shop elsewhere in the catalogue.
const DURABLE = (1 << CAT["Smartphones"]) | (1 << CAT["Laptops"]);

export const STATUS = ["paid", "refunded", "cancelled"] as const;
export const ORDER_CHANNELS = ["web", "app", "marketplace"] as const;
const MARKETPLACE = 2;
const PAID = 0;
const REFUNDED = 1;
const CANCELLED = 2;

/** Flat, typed storage of generated orders and lines in per-customer order (sorted later). */
export interface RawOrders {
  customer: IntBuffer;
  utc: FloatBuffer;
  status: IntBuffer;
  channel: IntBuffer;
  lineStart: IntBuffer;
  lineCount: IntBuffer;
  product: IntBuffer;
  quantity: IntBuffer;
  discountCents: IntBuffer;
}

/**
 * Generates each customer's orders in time order, so every purchase can depend on that
 * customer's own history (categories owned, tiers bought, consumables, returnable items).
 * Scratch state is reset per customer, which keeps the whole run O(rows).
 */
export class OrderProcess {
  readonly raw: RawOrders = {
    customer: new IntBuffer(),
    utc: new FloatBuffer(),
    status: new IntBuffer(),
    channel: new IntBuffer(),
    lineStart: new IntBuffer(),
    lineCount: new IntBuffer(),
    product: new IntBuffer(),
    quantity: new IntBuffer(),
    discountCents: new IntBuffer(),
  };
  readonly offers = new OfferLog();
  readonly feedback: FeedbackWriter;
  /** Net spend in the last 12 months, per customer: basis of the loyalty tier attribute. */
  readonly spendLastYear: Float64Array;

  private readonly tierCum: Float64Array[] = [];
  private readonly giftBox: number;
  // Per-customer scratch state.
  private readonly famTier: Uint8Array;
  private readonly bought: Uint8Array;
  private readonly lastInCat: Int32Array;
  private readonly touchedFam: number[] = [];
  private readonly touchedProd: number[] = [];
  private readonly returnable: number[] = [];
  private times = new Float64Array(64);
  private days = new Int32Array(64);
  private troubled = new Uint8Array(64);
  private cancelled = new Uint8Array(64);
  private catMask = 0;
  // Current customer and order.
  private c = 0;
  private variant: XsellVariant = "A";
  private order = 0;
  private day = 0;
  private utc = 0;
  private channel = 0;
  private orderMask = 0;
  // Frequency caps: an upsell offer at most once per 30 days, a deep-sell offer once per checkout.
  private upsellNext = 0;
  private deepOrder = -1;
  private lineStart = 0;

  constructor(
    private readonly rng: Rng,
    private readonly cal: Calendar,
    private readonly cat: Catalog,
    private readonly pool: CustomerPool,
    feedbackRng: Rng,
  ) {
    this.feedback = new FeedbackWriter(feedbackRng, cal, this.offers);
    this.spendLastYear = new Float64Array(pool.count);
    for (let n = 0; n <= 4; n++) this.tierCum.push(n >= 2 ? cumulative(tierWeights(n)) : new Float64Array(1));
    this.giftBox = giftBoxProduct(cat);
    this.famTier = new Uint8Array(cat.familyNames.length);
    this.bought = new Uint8Array(cat.products.length);
    this.lastInCat = new Int32Array(cat.items.length).fill(-1);
  }

  /** Scales the latent order rates so the expected total matches `target`. */
  run(target: number): void {
    const { pool } = this;
    let fixed = 0;
    let variable = 0;
    for (let i = 0; i < pool.count; i++) {
      const seg = pool.segment[i];
      if (seg === 0) continue;
      const remaining = DAYS - Math.max(0, pool.signupDay[i]);
      const life = SEGMENT_LIFETIME[seg];
      variable += (SEGMENT_RATE[seg] * life * (1 - Math.exp(-remaining / life))) / 365; // expected active days
      fixed += pool.signupDay[i] >= 0 ? 1 : seg === 1 ? 0.25 : 0;
    }
    const factor = Math.max(0, (target - fixed) / variable);
    for (let i = 0; i < pool.count; i++) this.customer(i, factor);
  }

  private customer(i: number, factor: number): void {
    const { rng, pool, cal } = this;
    const seg = pool.segment[i];
    const signup = pool.signupDay[i];
    if (seg === 0) return;
    const first = signup >= 0 ? Math.min(DAYS - 1, signup + (rng.chance(0.7) ? 0 : rng.int(1, 21))) : 0;
    // Customers drift away after an exponential lifetime; this keeps the active base realistic.
    const last = Math.min(DAYS - 1, first + Math.floor(-Math.log(1 - rng.next()) * SEGMENT_LIFETIME[seg]));
    const expected = (SEGMENT_RATE[seg] * factor * (last - first + 1)) / 365;
    let k: number;
    if (signup >= 0) k = 1 + rng.poisson(expected);
    else k = seg === 1 ? (rng.chance(0.25) ? 1 : 0) : rng.poisson(expected);
    if (k === 0) return;
    if (k > this.times.length) this.grow(k);
    for (let j = 0; j < k; j++) {
      const d = j === 0 && signup >= 0 ? first : rng.weightedBetween(cal.seasonCum, first, last);
      this.times[j] = randomShopTime(cal, d, rng.next(), rng.next());
    }
    const times = this.times.subarray(0, k).sort();

    this.resetCustomer(i);
    const key = pool.rows[i].customerKey;
    const offerStart = this.offers.length;
    const gift = this.giftBoxOffer(i, times);
    let xsellLogged = 0;
    let giftAccepted = false;
    for (let j = 0; j < k; j++) {
      const t = times[j];
      const day = Math.floor((t - cal.utcMidnight[0]) / DAY_MS);
      const r = rng.next();
      const status = r < 0.02 ? REFUNDED : r < 0.035 ? CANCELLED : PAID;
      this.startOrder(t, day, this.pickChannel(i));
      this.addFromCategory(this.anchorCategory(i));
      const anchor = this.cat.category[this.raw.product.data[this.lineStart]];
      for (let p = this.cat.basket[anchor]; rng.chance(p); p *= 0.75) this.addFromCategory(anchor);
      const treated = day >= XSELL_DAYS[0] && this.variant !== "control";
      if (rng.chance(ADDON_BASE * (treated ? XSELL.addOnBoost : 1))) {
        this.addFromCategory(this.complement(anchor, treated), treated);
        if (rng.chance(ADDON_MORE)) this.addFromCategory(this.complement(anchor, treated), treated);
      }
      if (rng.chance(SECOND_INTEREST)) {
        const other = rng.chance(0.7) ? (rng.chance(0.6) ? pool.prefA[i] : pool.prefB[i]) : this.seasonalCategory();
        if (other !== anchor) this.addFromCategory(other);
      }
      if (day >= XSELL_DAYS[0] && this.channel !== MARKETPLACE && xsellLogged < XSELL.maxLoggedPerCustomer) {
        xsellLogged++;
        this.xsellOffer(key);
      }
      if (gift >= 0 && !giftAccepted && t >= this.offers.shownMs.data[gift] && t < this.offers.shownMs.data[gift] + GIFTBOX.validDays * DAY_MS) {
        if (rng.chance(GIFTBOX.accept)) {
          const cents = this.pushLine(this.giftBox, 1, 0);
          if (cents >= 0) {
            this.offers.accept(gift, this.order, cents);
            giftAccepted = true;
          }
        }
      }
      const hasReturn = status === PAID && this.returnable.length > 0 && rng.chance(RETURN_CHANCE);
      if (hasReturn) {
        const at = rng.int(0, this.returnable.length - 1);
        const p = this.returnable[at];
        this.returnable[at] = this.returnable[this.returnable.length - 1];
        this.returnable.pop();
        this.pushLine(p, -1, 0);
      }
      this.finishOrder(status);
      this.days[j] = day;
      this.troubled[j] = status === REFUNDED || hasReturn ? 1 : 0;
      this.cancelled[j] = status === CANCELLED ? 1 : 0;
    }
    this.feedback.add({
      customerKey: key,
      loyal: seg === 4,
      orderCount: k,
      orderDay: this.days,
      troubled: this.troubled,
      cancelled: this.cancelled,
      offerStart,
    });
  }

  private grow(k: number): void {
    const n = Math.max(k, this.times.length * 2);
    this.times = new Float64Array(n);
    this.days = new Int32Array(n);
    this.troubled = new Uint8Array(n);
    this.cancelled = new Uint8Array(n);
  }

  private resetCustomer(i: number): void {
    for (const f of this.touchedFam) this.famTier[f] = 0;
    for (const p of this.touchedProd) this.bought[p] = 0;
    this.touchedFam.length = 0;
    this.touchedProd.length = 0;
    this.returnable.length = 0;
    this.lastInCat.fill(-1);
    this.catMask = 0;
    this.upsellNext = 0;
    this.c = i;
    this.variant = xsellVariant(this.pool.rows[i].customerKey);
  }

  private pickChannel(i: number): number {
    const r = this.rng.next();
    if (this.pool.marketplace[i]) return r < 0.7 ? MARKETPLACE : r < 0.9 ? 0 : 1;
    const app = this.pool.segment[i] === 4 ? 0.3 : 0.18; // loyal customers use the app more
    return r < 0.1 ? MARKETPLACE : r < 0.1 + app ? 1 : 0;
  }

  private anchorCategory(i: number): number {
    const r = this.rng.next();
    const c = r < 0.9 ? this.pool.prefA[i] : r < 0.97 ? this.pool.prefB[i] : this.seasonalCategory();
    if ((DURABLE & this.catMask & (1 << c)) !== 0 && this.rng.chance(0.8)) return c === this.pool.prefA[i] ? this.pool.prefB[i] : this.seasonalCategory();
    return c;
  }

  private seasonalCategory(): number {
    const cum = this.cal.giftSeason[this.day] ? this.cat.giftCategoryCum : this.cat.monthCategoryCum[this.cal.month[this.day]];
    return this.rng.weighted(cum);
  }

  /** Natural companion of the anchor; under the cart widget, one the customer does not own yet. */
  private complement(anchor: number, treated: boolean): number {
    const options = this.cat.complements[anchor];
    if (treated) {
      const owned = this.catMask | this.orderMask;
      const fresh = this.pickUnowned(options, owned);
      if (fresh >= 0) return fresh;
      const accessory = this.pickUnowned(XSELL_CATEGORIES, owned);
      if (accessory >= 0) return accessory;
    }
    return options[this.rng.weighted(this.cat.complementCum[anchor])];
  }

  /** A uniformly chosen category of `options` not in `owned`, or -1. */
  private pickUnowned(options: readonly number[], owned: number): number {
    let n = 0;
    for (const c of options) if ((owned & (1 << c)) === 0) n++;
    if (n === 0) return -1;
    let k = this.rng.int(0, n - 1);
    for (const c of options) if ((owned & (1 << c)) === 0 && k-- === 0) return c;
    return -1;
  }

  private startOrder(utc: number, day: number, channel: number): void {
    const raw = this.raw;
    this.order = raw.customer.length;
    this.utc = utc;
    this.day = day;
    this.channel = channel;
    this.orderMask = 0;
    this.lineStart = raw.product.length;
    raw.customer.push(this.c);
    raw.utc.push(utc);
    raw.channel.push(channel);
    raw.status.push(PAID);
    raw.lineStart.push(this.lineStart);
    raw.lineCount.push(0);
  }

  private finishOrder(status: number): void {
    const { raw, cat } = this;
    const count = raw.product.length - this.lineStart;
    raw.status.data[this.order] = status;
    raw.lineCount.data[this.order] = count;
    if (status !== PAID) return;
    let net = 0;
    for (let l = this.lineStart; l < this.lineStart + count; l++) {
      const p = raw.product.data[l];
      const q = raw.quantity.data[l];
      net += q * cat.priceCents[p] - raw.discountCents.data[l];
      if (q <= 0) continue;
      if (!this.bought[p]) {
        this.bought[p] = 1;
        this.touchedProd.push(p);
        if (!cat.consumable[p]) this.returnable.push(p);
      }
      this.lastInCat[cat.category[p]] = p;
      const f = cat.family[p];
      if (f >= 0) {
        if (this.famTier[f] === 0) this.touchedFam.push(f);
        this.famTier[f] = cat.tier[p];
      }
    }
    this.catMask |= this.orderMask;
    if (this.day >= DAYS - 365) this.spendLastYear[this.c] += net / 100;
  }

  /** Adds a line and returns its net value in cents, or -1 when the product is already bought in
   * this order (a return line may sit next to a new one of the same product: an exchange). */
  private pushLine(p: number, quantity: number, discountCents: number): number {
    const raw = this.raw;
    // One line per product, and one tier per family: nobody buys the 250 g and the 500 g bag at once.
    const family = this.cat.family[p];
    if (quantity > 0)
      for (let l = this.lineStart; l < raw.product.length; l++) {
        const q = raw.product.data[l];
        if (raw.quantity.data[l] > 0 && (q === p || (family >= 0 && this.cat.family[q] === family))) return -1;
      }
    raw.product.push(p);
    raw.quantity.push(quantity);
    raw.discountCents.push(discountCents);
    if (quantity > 0) this.orderMask |= 1 << this.cat.category[p];
    return quantity * this.cat.priceCents[p] - discountCents;
  }

  private promoDiscount(gross: number): number {
    if (!this.rng.chance(this.cal.promoChance[this.day])) return 0;
    return Math.round(gross * PROMO_PCT[this.rng.weighted(PROMO_CUM)]);
  }

  /** Entry price of a catalogue item (a family counts at its first tier). */
  private listPrice(item: number): number {
    return this.cat.priceCents[item < 0 ? this.cat.familyProducts[-1 - item][0] : item];
  }

  private quantity(p: number): number {
    const { rng, cat } = this;
    if (cat.consumable[p]) return 1 + rng.weighted(QTY_CONSUMABLE);
    if (cat.priceCents[p] >= 20000) return 1;
    return rng.chance(0.05) ? 2 : 1;
  }

  private offerTime(minSeconds: number, maxSeconds: number): number {
    return this.utc - this.rng.int(minSeconds, maxSeconds) * 1000;
  }

  /** `recommended`: chosen by the cart widget, which ranks the pricier of two candidates first. */
  private addFromCategory(category: number, recommended = false): void {
    const { rng, cat } = this;
    const web = this.channel !== MARKETPLACE;
    const key = this.pool.rows[this.c].customerKey;
    const last = this.lastInCat[category];
    let fam = -1;
    let p: number;
    if (last >= 0 && cat.consumable[last] && rng.chance(REBUY_SAME)) {
      fam = cat.family[last];
      p = last;
    } else {
      let item = cat.items[category][rng.weighted(cat.itemCum[category])];
      if (recommended) {
        const other = cat.items[category][rng.weighted(cat.itemCum[category])];
        if (this.listPrice(other) > this.listPrice(item)) item = other;
      }
      if (item < 0) fam = -1 - item;
      p = item;
    }
    let upsell = -1;
    let upsellAccepted = false;
    if (fam >= 0) {
      const tiers = cat.familyProducts[fam];
      const prev = this.famTier[fam];
      let t: number;
      if (prev === 0) t = 1 + rng.weighted(this.tierCum[tiers.length]);
      else {
        const r = rng.next();
        t = r < TIER_UP && prev < tiers.length ? prev + 1 : r > 1 - TIER_DOWN && prev > 1 ? prev - 1 : prev;
        // Upsell campaign: product-page offer of the next tier to customers who bought the family before.
        if (web && prev < tiers.length && this.day >= UPSELL_DAYS[0] && this.day <= UPSELL_DAYS[1] && this.day >= this.upsellNext) {
          this.upsellNext = this.day + FREQUENCY_CAP_DAYS;
          upsell = this.offers.add(key, UPSELL.key, "A", "product_page", this.offerTime(120, 1500));
          upsellAccepted = rng.chance(UPSELL.accept);
          if (upsellAccepted) t = prev + 1;
        }
      }
      p = tiers[t - 1];
    }
    let qty = this.quantity(p);
    let discount: number;
    let deep = -1;
    if (
      web &&
      this.order !== this.deepOrder &&
      qty < DEEPSELL.bundleQty &&
      cat.consumable[p] &&
      this.bought[p] &&
      this.day >= DEEPSELL_DAYS[0] &&
      this.day <= DEEPSELL_DAYS[1]
    ) {
      this.deepOrder = this.order;
      // Deep-sell campaign: checkout offer to buy the same consumable in a bundle of three.
      deep = this.offers.add(key, DEEPSELL.key, "A", "checkout", this.offerTime(30, 600));
      if (rng.chance(DEEPSELL.accept)) {
        qty = Math.max(qty, DEEPSELL.bundleQty);
        discount = Math.round(qty * cat.priceCents[p] * DEEPSELL.discount);
      } else {
        deep = -1;
        discount = this.promoDiscount(qty * cat.priceCents[p]);
      }
    } else discount = this.promoDiscount(qty * cat.priceCents[p]);
    const cents = this.pushLine(p, qty, discount);
    if (cents < 0) return;
    if (upsellAccepted) this.offers.accept(upsell, this.order, cents);
    if (deep >= 0) this.offers.accept(deep, this.order, cents);
  }

  /** The A/B-tested accessory card in the cart; the holdout sees nothing but is still logged. */
  private xsellOffer(key: string): void {
    const { rng, cat } = this;
    const row = this.offers.add(key, XSELL.key, this.variant, "cart", this.offerTime(60, 900));
    if (this.variant === "control" || !rng.chance(XSELL.accept[this.variant])) return;
    const owned = this.catMask | this.orderMask;
    const [phoneAcc, laptopAcc] = XSELL_CATEGORIES;
    const hasPhoneAcc = (owned & (1 << phoneAcc)) !== 0;
    const hasLaptopAcc = (owned & (1 << laptopAcc)) !== 0;
    // Recommend the accessory group the customer lacks, laptop accessories first for laptop owners.
    let target = phoneAcc;
    if (!hasLaptopAcc && (hasPhoneAcc || (owned & (1 << CAT["Laptops"])) !== 0)) target = laptopAcc;
    else if (hasPhoneAcc && hasLaptopAcc && rng.chance(0.5)) target = laptopAcc;
    for (let attempt = 0; attempt < 4; attempt++) {
      const item = cat.items[target][rng.weighted(cat.itemCum[target])];
      const p = item < 0 ? cat.familyProducts[-1 - item][0] : item;
      const gross = cat.priceCents[p];
      const cents = this.pushLine(p, 1, Math.round(gross * XSELL.discount[this.variant]));
      if (cents >= 0) {
        this.offers.accept(row, this.order, cents);
        return;
      }
    }
  }

  /** One gift-box e-mail per subscriber who ordered in the year before the send date. */
  private giftBoxOffer(i: number, times: Float64Array): number {
    const { pool, cal } = this;
    const d = GIFTBOX_DAYS[0];
    if (!pool.newsletter[i] || pool.optOut[i] || pool.signupDay[i] > d) return -1;
    const send = cal.utcMidnight[d] + GIFTBOX.sendLocalHour * 3_600_000 - cal.offsetMs[d];
    let recent = false;
    for (const t of times) if (t < send && t >= send - 365 * DAY_MS) recent = true;
    if (!recent) return -1;
    return this.offers.add(pool.rows[i].customerKey, GIFTBOX.key, "A", "email", send);
  }
}
