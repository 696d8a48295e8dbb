import { cumulative } from "./random";

/** The demo covers 24 months: 2024-11-01 .. 2026-10-31 (Amsterdam calendar days). */
export const DEMO_START = "2024-11-01";
export const DEMO_END = "2026-10-31";
export const DAY_MS = 86_400_000;
const START_UTC = Date.UTC(2024, 10, 1);
export const DAYS = Math.round((Date.UTC(2026, 9, 31) - START_UTC) / DAY_MS) + 1; // 730

/** Day index relative to DEMO_START (negative = before the window). */
export function dayToIso(day: number): string {
  return new Date(START_UTC + day * DAY_MS).toISOString().slice(0, 10);
}

export function isoToDay(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - START_UTC) / DAY_MS);
}

function lastSundayOf(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** CEST from the last Sunday of March to the last Sunday of October. Shop hours start at 07:00,
 * well after the 02:00/03:00 switch, so deciding by calendar date is exact here. */
function amsterdamOffsetHours(year: number, month: number, date: number): number {
  if (month < 2 || month > 9) return 1;
  if (month > 2 && month < 9) return 2;
  if (month === 2) return date >= lastSundayOf(year, 2) ? 2 : 1;
  return date < lastSundayOf(year, 9) ? 2 : 1;
}

function blackFriday(year: number): number {
  const firstWeekday = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - firstWeekday + 7) % 7);
  return firstThursday + 21 + 1;
}

// Dutch online retail: summer dip, busy autumn, Sinterklaas + Christmas peak, quiet January.
const MONTH_FACTOR = [0.82, 0.84, 0.95, 0.95, 0.97, 0.86, 0.78, 0.8, 0.95, 1.0, 1.25, 1.4];
// Sunday and Monday evenings are the busiest for Dutch web shops; Saturday the quietest.
const WEEKDAY_FACTOR = [1.12, 1.1, 1.02, 1.0, 0.95, 0.9, 0.86];
// Local hours 07..23: lunch bump and a strong evening peak.
const HOUR_WEIGHTS = [1, 2, 3, 4, 5, 6, 6, 5, 5, 5, 5, 5, 7, 9, 9, 6, 2];
const FIRST_HOUR = 7;
const HOUR_CUM = cumulative(HOUR_WEIGHTS);

export interface Calendar {
  iso: string[];
  utcMidnight: Float64Array;
  offsetMs: Float64Array;
  month: Uint8Array; // 0..11
  /** Relative order intensity per day (season, weekday, holidays). */
  season: Float64Array;
  seasonCum: Float64Array;
  /** Season times the shop's growth: where new customers sign up. */
  signupCum: Float64Array;
  /** Chance that a line carries a promotional discount that day. */
  promoChance: Float64Array;
  /** Black Friday week is also when gift-type categories sell more. */
  giftSeason: Uint8Array;
}

export function buildCalendar(): Calendar {
  const iso: string[] = [];
  const utcMidnight = new Float64Array(DAYS);
  const offsetMs = new Float64Array(DAYS);
  const month = new Uint8Array(DAYS);
  const season = new Float64Array(DAYS);
  const signup: number[] = [];
  const promoChance = new Float64Array(DAYS);
  const giftSeason = new Uint8Array(DAYS);
  for (let d = 0; d < DAYS; d++) {
    const t = START_UTC + d * DAY_MS;
    const date = new Date(t);
    const y = date.getUTCFullYear();
    const m = date.getUTCMonth();
    const dom = date.getUTCDate();
    iso.push(date.toISOString().slice(0, 10));
    utcMidnight[d] = t;
    offsetMs[d] = amsterdamOffsetHours(y, m, dom) * 3_600_000;
    month[d] = m;
    let f = MONTH_FACTOR[m] * WEEKDAY_FACTOR[date.getUTCDay()];
    let promo = 0.07;
    // Black Friday week: the Thursday before up to Cyber Monday (which may fall in December).
    const fromBf = Math.round((t - Date.UTC(y, 10, blackFriday(y))) / DAY_MS);
    if (fromBf === 0) f *= 3.2;
    else if (fromBf === -1 || fromBf === 1 || fromBf === 2) f *= 1.8;
    else if (fromBf === 3) f *= 2.2;
    if (fromBf >= -1 && fromBf <= 3) promo = 0.4;
    if (m === 10 && dom >= 20) giftSeason[d] = 1;
    if (m === 11) {
      if (dom <= 5) f *= 1.25; // Sinterklaas on 5 December
      if (dom >= 24 && dom <= 26) f *= 0.55;
      if (dom === 31) f *= 0.7;
      if (dom <= 20) {
        if (promo < 0.15) promo = 0.15;
        giftSeason[d] = 1;
      }
    }
    if (m === 0 && dom === 1) f *= 0.6;
    season[d] = f;
    promoChance[d] = promo;
    signup.push(f * (1 + (0.2 * d) / DAYS)); // sign-ups grow ~10 % a year
  }
  return {
    iso,
    utcMidnight,
    offsetMs,
    month,
    season,
    seasonCum: cumulative(Array.from(season)),
    signupCum: cumulative(signup),
    promoChance,
    giftSeason,
  };
}

/** A random moment within Amsterdam shop hours on `day`, as UTC epoch ms (whole seconds). */
export function randomShopTime(cal: Calendar, day: number, u1: number, u2: number): number {
  const target = u1 * HOUR_CUM[HOUR_CUM.length - 1];
  let h = 0;
  while (HOUR_CUM[h] <= target) h++;
  const local = (FIRST_HOUR + h) * 3_600_000 + Math.floor(u2 * 3600) * 1000;
  return cal.utcMidnight[day] + local - cal.offsetMs[day];
}
