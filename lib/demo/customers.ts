import { DAYS, dayToIso, isoToDay, type Calendar } from "./calendar";
import type { Catalog } from "./catalog";
import { CAT } from "./catalog";
import { Rng, clamp, cumulative } from "./random";
import type { DemoCustomer } from "./types";

// Cities weighted roughly by population; the region is the province (Dutch or Flemish).
export const CITIES: [city: string, region: string, country: "NL" | "BE", weight: number][] = [
  ["Amsterdam", "Noord-Holland", "NL", 14],
  ["Rotterdam", "Zuid-Holland", "NL", 10],
  ["Den Haag", "Zuid-Holland", "NL", 9],
  ["Utrecht", "Utrecht", "NL", 6.5],
  ["Eindhoven", "Noord-Brabant", "NL", 4.5],
  ["Groningen", "Groningen", "NL", 4],
  ["Tilburg", "Noord-Brabant", "NL", 4],
  ["Almere", "Flevoland", "NL", 3.8],
  ["Breda", "Noord-Brabant", "NL", 3.5],
  ["Nijmegen", "Gelderland", "NL", 3.5],
  ["Arnhem", "Gelderland", "NL", 3.1],
  ["Haarlem", "Noord-Holland", "NL", 3.1],
  ["Enschede", "Overijssel", "NL", 3.1],
  ["Amersfoort", "Utrecht", "NL", 3],
  ["Zwolle", "Overijssel", "NL", 2.6],
  ["Maastricht", "Limburg", "NL", 2.4],
  ["Leiden", "Zuid-Holland", "NL", 2.4],
  ["Antwerpen", "Antwerpen", "BE", 1.6],
  ["Gent", "Oost-Vlaanderen", "BE", 1],
];
const CITY_CUM = cumulative(CITIES.map((c) => c[3]));

export const ACQUISITION = ["organic", "paid_search", "social", "email", "referral", "marketplace"] as const;
const ACQUISITION_CUM = cumulative([35, 22, 15, 9, 8, 11]);
export const MARKETPLACE_ACQUISITION = 5;

const GENDERS = ["female", "male", "other"] as const;
const GENDER_CUM = cumulative([51, 47, 2]);

/** Latent buying habit; never exported, it only drives how often a customer orders. */
export const SEGMENT_RATE = [0, 0, 0.55, 2.2, 8]; // orders per year: never, one-off, occasional, regular, loyal
/** Mean days until a customer drifts away (exponential). */
export const SEGMENT_LIFETIME = [1, 1, 420, 720, 1500];
const SEGMENT_CUM = cumulative([6, 36, 30, 18, 10]);

const PRE_WINDOW_SHARE = 0.4;
const FIRST_SIGNUP_DAY = isoToDay("2018-03-01");

export interface CustomerPool {
  count: number;
  rows: DemoCustomer[];
  signupDay: Int32Array; // relative to DEMO_START; negative = signed up before the window
  segment: Uint8Array;
  prefA: Uint8Array; // favourite categories
  prefB: Uint8Array;
  marketplace: Uint8Array; // acquired through a marketplace: tends to keep ordering there
  optOut: Uint8Array;
  newsletter: Uint8Array;
}

/** Age shapes interests a little: gadgets skew young, garden tools and kitchen appliances skew older. */
function ageTilt(age: number, category: string): number {
  const young = age < 30;
  const old = age >= 55;
  switch (category) {
    case "Smartphones":
    case "Phone accessories":
    case "Headphones":
      return young ? 1.6 : old ? 0.7 : 1;
    case "Garden":
    case "Kitchen":
      return young ? 0.6 : old ? 1.7 : 1;
    case "Software":
      return old ? 0.7 : 1.1;
    default:
      return 1;
  }
}

export function generateCustomers(rng: Rng, cal: Calendar, count: number, catalog: Catalog): CustomerPool {
  // Sign-up days first, sorted, so customer numbers rise with sign-up date like in a real shop.
  const signupDay = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    signupDay[i] = rng.chance(PRE_WINDOW_SHARE) ? rng.int(FIRST_SIGNUP_DAY, -1) : rng.weightedBetween(cal.signupCum, 0, DAYS - 1);
  }
  signupDay.sort();

  const names = Object.keys(CAT);
  const bands = [22, 40, 65].map((age) => cumulative(names.map((n, i) => catalog.categoryWeights[i] * ageTilt(age, n))));

  const rows: DemoCustomer[] = new Array(count);
  const segment = new Uint8Array(count);
  const prefA = new Uint8Array(count);
  const prefB = new Uint8Array(count);
  const marketplace = new Uint8Array(count);
  const optOut = new Uint8Array(count);
  const newsletter = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const signup = dayToIso(signupDay[i]);
    const signupYear = Number(signup.slice(0, 4));
    const ageAtSignup = clamp(Math.round(rng.normal(37, 12.5)), 18, 76);
    const birthYear = Math.max(1946, signupYear - ageAtSignup);
    const age = 2026 - birthYear;
    const city = CITIES[rng.weighted(CITY_CUM)];
    const acq = rng.weighted(ACQUISITION_CUM);
    const out = rng.chance(0.08);
    const band = bands[age < 30 ? 0 : age < 55 ? 1 : 2];
    prefA[i] = rng.weighted(band);
    let b = rng.weighted(band);
    if (b === prefA[i]) b = rng.weighted(band);
    prefB[i] = b;
    segment[i] = rng.weighted(SEGMENT_CUM);
    marketplace[i] = acq === MARKETPLACE_ACQUISITION ? 1 : 0;
    optOut[i] = out ? 1 : 0;
    newsletter[i] = !out && rng.chance(0.55) ? 1 : 0;
    rows[i] = {
      customerKey: `C${String(i + 1).padStart(6, "0")}`,
      signupDate: signup,
      birthYear,
      gender: GENDERS[rng.weighted(GENDER_CUM)],
      city: city[0],
      region: city[1],
      country: city[2],
      channel: ACQUISITION[acq],
      marketingOptOut: out,
    };
  }
  return { count, rows, signupDay, segment, prefA, prefB, marketplace, optOut, newsletter };
}
