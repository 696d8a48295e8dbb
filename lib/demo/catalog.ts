import { Rng, cumulative } from "./random";
import type { DemoProduct } from "./types";

// A plausible Dutch web shop for consumer electronics and home appliances, with the consumables its
// appliances use (coffee beans, brush heads, razor blades). Families are tiers of one product line
// (price rises by tier); `c` marks consumables that customers re-buy.
type Tier = [label: string, price: number];
interface FamilySpec {
  name: string;
  tiers: Tier[];
  c?: boolean;
}
interface CategorySpec {
  name: string;
  code: string;
  weight: number; // share of anchor purchases
  cost: [number, number]; // cost as a share of price
  basket: number; // chance of a second item from the same category
  families: FamilySpec[];
  items: [name: string, price: number, consumable?: boolean][];
}

const f = (name: string, tiers: Tier[], c = false): FamilySpec => ({ name, tiers, c });

const CATEGORIES: CategorySpec[] = [
  {
    name: "Smartphones",
    code: "SPH",
    weight: 1.5,
    cost: [0.7, 0.75],
    basket: 0.07,
    families: [
      f("Nova X", [
        ["128 GB", 699],
        ["256 GB", 799],
        ["512 GB", 949],
      ]),
      f("Nova Lite", [
        ["64 GB", 249],
        ["128 GB", 299],
      ]),
      f("Pixa 9", [
        ["128 GB", 599],
        ["256 GB", 699],
        ["512 GB", 849],
      ]),
      f("Orbit Fold", [
        ["256 GB", 1499],
        ["512 GB", 1699],
      ]),
      f("Tera A5", [
        ["64 GB", 179],
        ["128 GB", 209],
      ]),
    ],
    items: [
      ["Refurbished Nova 11 128 GB", 349],
      ["Rugged phone R2", 279],
      ["Senior phone Easy 4G", 89],
      ["Flip phone Retro", 59],
      ["Kids smartphone Junior", 129],
      ["Refurbished Pixa 7 64 GB", 199],
      ["Outdoor phone Rock 5", 329],
    ],
  },
  {
    name: "Phone accessories",
    code: "PAC",
    weight: 9,
    cost: [0.4, 0.55],
    basket: 0.26,
    families: [
      f("Chargo fast charger", [
        ["20 W", 19.99],
        ["35 W", 29.99],
        ["65 W", 44.99],
      ]),
      f("PowerCell power bank", [
        ["5,000 mAh", 19.95],
        ["10,000 mAh", 29.95],
        ["20,000 mAh", 49.95],
      ]),
      f("ArmorCase", [
        ["Slim", 14.99],
        ["Tough", 24.99],
      ]),
    ],
    items: [
      ["USB-C cable 1 m", 9.99],
      ["USB-C cable 2 m", 12.99],
      ["Wireless charging pad", 29.99],
      ["Tempered glass screen protector", 12.99],
      ["MagSnap car mount", 24.99],
      ["Leather wallet case", 34.99],
      ["Silicone case", 19.99],
      ["Selfie stick with tripod", 24.99],
      ["Phone grip", 9.99],
      ["USB-C to jack adapter", 11.99],
      ["Bluetooth tracker 4-pack", 79.99],
      ["Phone lanyard", 14.99],
      ["Magnetic card wallet", 19.99],
      ["Dual USB-C car charger", 17.99],
    ],
  },
  {
    name: "Laptops",
    code: "LAP",
    weight: 1,
    cost: [0.72, 0.75],
    basket: 0.05,
    families: [
      f("AeroBook 14", [
        ["Core i5", 899],
        ["Core i7", 1149],
        ["Core i9", 1499],
      ]),
      f("AeroBook 16", [
        ["Pro", 1699],
        ["Max", 2199],
      ]),
      f("StudyBook 13", [
        ["Basic", 449],
        ["Plus", 549],
      ]),
      f("Forge gaming laptop", [
        ["RTX 4060", 1299],
        ["RTX 4070", 1599],
        ["RTX 4080", 1999],
      ]),
    ],
    items: [
      ["Chromebook C340", 329],
      ["Refurbished business laptop T14", 499],
      ["Flex 12 2-in-1", 649],
      ["Refurbished AeroBook 13", 599],
    ],
  },
  {
    name: "Laptop accessories",
    code: "LAC",
    weight: 6,
    cost: [0.45, 0.6],
    basket: 0.23,
    families: [
      f("DockOne USB-C dock", [
        ["6-port", 59],
        ["11-port", 99],
        ["Thunderbolt", 199],
      ]),
      f("ViewPro monitor", [
        ["24 inch", 179],
        ["27 inch", 269],
        ["32 inch", 429],
      ]),
      f("SleeveGuard sleeve", [
        ["Basic", 19.99],
        ["Padded", 29.99],
      ]),
    ],
    items: [
      ["Wireless mouse", 24.99],
      ["Ergonomic mouse", 59.99],
      ["Mechanical keyboard", 89.99],
      ["Compact keyboard", 39.99],
      ["Aluminium laptop stand", 34.99],
      ["Laptop backpack 15.6 inch", 49.99],
      ["USB-C 100 W charger", 59.99],
      ["1080p webcam", 49.99],
      ["4K webcam", 129.99],
      ["External SSD 1 TB", 89.99],
      ["USB stick 128 GB", 14.99],
      ["Cooling pad", 29.99],
      ["HDMI cable 2 m", 9.99],
      ["USB-C hub 4-port", 24.99],
      ["Privacy screen filter 14 inch", 39.99],
    ],
  },
  {
    name: "Headphones",
    code: "HPH",
    weight: 5,
    cost: [0.55, 0.68],
    basket: 0.08,
    families: [
      f("Sonic Buds", [
        ["Lite", 49],
        ["Pro", 129],
        ["Max", 229],
      ]),
      f("Sonic Over-ear", [
        ["Lite", 79],
        ["Pro", 199],
        ["Max", 349],
      ]),
      f("Run Buds", [
        ["Sport", 59],
        ["Sport+", 89],
      ]),
    ],
    items: [
      ["Wired earphones", 14.99],
      ["Kids headphones", 24.99],
      ["Gaming headset", 69.99],
      ["DJ headphones", 119],
      ["Bluetooth speaker mini", 39.99],
      ["Bluetooth party speaker", 149],
      ["Replacement ear tips", 9.99, true],
      ["Sleep buds", 149],
      ["Headphone stand", 24.99],
    ],
  },
  {
    name: "Smart home",
    code: "SMH",
    weight: 5,
    cost: [0.5, 0.65],
    basket: 0.23,
    families: [
      f("HueLite smart bulb", [
        ["1-pack", 14.99],
        ["3-pack", 39.99],
        ["6-pack", 74.99],
      ]),
      f("SafeCam indoor camera", [
        ["1080p", 39],
        ["2K", 59],
        ["4K", 99],
      ]),
      f("ThermoSmart thermostat", [
        ["Basic", 129],
        ["Pro", 219],
      ]),
      f("Smart plug", [
        ["1-pack", 14.99],
        ["4-pack", 44.99],
      ]),
    ],
    items: [
      ["Video doorbell", 99],
      ["Smart speaker mini", 49],
      ["Smart display 8 inch", 119],
      ["Door and window sensor", 24.99],
      ["Motion sensor", 24.99],
      ["Smart smoke detector", 49.99],
      ["Robot vacuum S5", 299],
      ["Smart lock", 199],
      ["Zigbee hub", 59],
      ["Smart radiator valve", 59.99],
      ["Outdoor camera", 129],
    ],
  },
  {
    name: "Software",
    code: "SOF",
    weight: 4,
    cost: [0.4, 0.55],
    basket: 0.16,
    families: [
      f(
        "OfficeSuite",
        [
          ["Personal", 69],
          ["Family", 99],
        ],
        true,
      ),
      f(
        "ShieldAV antivirus",
        [
          ["1 device", 29.99],
          ["3 devices", 49.99],
          ["5 devices", 69.99],
        ],
        true,
      ),
      f("PhotoLab", [
        ["Standard", 79],
        ["Pro", 149],
      ]),
      f(
        "VPN Secure",
        [
          ["1 year", 49],
          ["2 years", 79],
        ],
        true,
      ),
    ],
    items: [
      ["PDF editor", 59],
      ["Tax return helper 2025", 34.95],
      ["Video editor", 89],
      ["Language course (1 year)", 99],
      ["Password manager (1 year)", 29, true],
      ["Mind map tool", 39],
      ["Kids coding app (1 year)", 49, true],
    ],
  },
  {
    name: "Coffee",
    code: "COF",
    weight: 11,
    cost: [0.5, 0.6],
    basket: 0.3,
    families: [
      f(
        "Espresso Roma beans",
        [
          ["250 g", 7.49],
          ["500 g", 13.99],
          ["1 kg", 24.99],
        ],
        true,
      ),
      f(
        "Colombia Huila beans",
        [
          ["250 g", 8.99],
          ["500 g", 16.99],
          ["1 kg", 29.99],
        ],
        true,
      ),
      f(
        "Ethiopia Yirgacheffe beans",
        [
          ["250 g", 9.99],
          ["500 g", 18.49],
          ["1 kg", 32.99],
        ],
        true,
      ),
      f(
        "Decaf Brasil beans",
        [
          ["250 g", 7.99],
          ["500 g", 14.99],
          ["1 kg", 26.99],
        ],
        true,
      ),
      f(
        "House blend ground coffee",
        [
          ["250 g", 5.99],
          ["500 g", 10.99],
          ["1 kg", 19.99],
        ],
        true,
      ),
      f(
        "Lungo capsules",
        [
          ["10 pcs", 3.99],
          ["50 pcs", 17.99],
          ["100 pcs", 33.99],
        ],
        true,
      ),
    ],
    items: [["Specialty sampler box", 24.99]],
  },
  {
    name: "Coffee accessories",
    code: "CAC",
    weight: 6,
    cost: [0.5, 0.7],
    basket: 0.23,
    families: [
      f("BrewMaster espresso machine", [
        ["Home", 349],
        ["Pro", 649],
        ["Dual boiler", 1199],
      ]),
      f("Grind burr grinder", [
        ["Manual", 39],
        ["Electric", 129],
        ["Pro", 249],
      ]),
      f("Pour-over set", [
        ["Basic", 29],
        ["Glass", 49],
      ]),
    ],
    items: [
      ["Paper filters 100 pcs", 4.99, true],
      ["Descaler 500 ml", 9.99, true],
      ["Water filter cartridge", 12.99, true],
      ["Milk frother", 59],
      ["Coffee scale with timer", 34],
      ["Gooseneck kettle", 69],
      ["Tamper", 24],
      ["Knock box", 19],
      ["Travel mug", 24.99],
      ["Espresso cups set", 19.99],
      ["Barista gift box", 49.99],
      ["Machine cleaning tablets 10 pcs", 7.99, true],
    ],
  },
  {
    name: "Kitchen",
    code: "KIT",
    weight: 7,
    cost: [0.5, 0.65],
    basket: 0.21,
    families: [
      f("ChefPro knife", [
        ["Santoku", 39],
        ["Chef's knife", 59],
        ["Knife set", 149],
      ]),
      f("AirCrisp air fryer", [
        ["3.5 L", 79],
        ["5.5 L", 119],
        ["XXL", 179],
      ]),
      f("BlendX blender", [
        ["Basic", 49],
        ["Pro", 129],
      ]),
      f("Cookware set", [
        ["3-piece", 79],
        ["5-piece", 129],
        ["8-piece", 199],
      ]),
    ],
    items: [
      ["Kitchen scale", 14.99],
      ["Electric kettle", 39.99],
      ["Toaster", 34.99],
      ["Dishwasher tablets 60 pcs", 11.99, true],
      ["Vacuum sealer", 69.99],
    ],
  },
  {
    name: "Garden",
    code: "GAR",
    weight: 5,
    cost: [0.5, 0.65],
    basket: 0.23,
    families: [
      f("GreenMow lawn mower", [
        ["Manual", 89],
        ["Electric", 249],
        ["Robot", 799],
      ]),
      f("HoseMaster garden hose", [
        ["15 m", 24.99],
        ["25 m", 34.99],
        ["50 m", 54.99],
      ]),
      f("PowerJet pressure washer", [
        ["110 bar", 99],
        ["130 bar", 159],
        ["150 bar", 249],
      ]),
    ],
    items: [
      ["Solar garden lights 4-pack", 29.99],
      ["Hedge trimmer", 79.99],
      ["Cordless leaf blower", 89.99],
      ["Cordless grass trimmer", 69.99],
      ["Garden tool battery 18 V", 59.99],
    ],
  },
  {
    name: "Personal care",
    code: "PCA",
    weight: 8,
    cost: [0.4, 0.6],
    basket: 0.28,
    families: [
      f("SmileClean electric toothbrush", [
        ["Basic", 39],
        ["Pro", 89],
        ["Elite", 169],
      ]),
      f(
        "SmileClean brush heads",
        [
          ["2-pack", 12.99],
          ["4-pack", 22.99],
          ["8-pack", 39.99],
        ],
        true,
      ),
      f(
        "EdgeOne razor blades",
        [
          ["4 pcs", 9.99],
          ["8 pcs", 17.99],
          ["16 pcs", 29.99],
        ],
        true,
      ),
      f("ShaveMaster shaver", [
        ["Series 3", 59],
        ["Series 5", 119],
        ["Series 7", 219],
      ]),
    ],
    items: [
      ["Hair dryer", 39.99],
      ["Hair straightener", 49.99],
      ["Bathroom scale", 29.99],
      ["Nose and ear trimmer", 24.99],
      ["Water flosser", 59.99],
      ["Hair clipper", 44.99],
    ],
  },
];

export const CATEGORY_NAMES = CATEGORIES.map((c) => c.name);
export const CAT = Object.fromEntries(CATEGORY_NAMES.map((n, i) => [n, i])) as Record<string, number>;

// Natural companions of a purchase, by weight: where cross-selling happens without any help.
const COMPLEMENTS: Record<string, [string, number][]> = {
  Smartphones: [
    ["Phone accessories", 7],
    ["Headphones", 3],
  ],
  "Phone accessories": [
    ["Headphones", 6],
    ["Smart home", 4],
  ],
  Laptops: [
    ["Laptop accessories", 6],
    ["Software", 3],
    ["Headphones", 1],
  ],
  "Laptop accessories": [
    ["Software", 5],
    ["Headphones", 5],
  ],
  Headphones: [
    ["Phone accessories", 7],
    ["Laptop accessories", 3],
  ],
  "Smart home": [
    ["Phone accessories", 5],
    ["Software", 5],
  ],
  Software: [
    ["Laptop accessories", 6],
    ["Smart home", 2],
    ["Headphones", 2],
  ],
  Coffee: [
    ["Coffee accessories", 8],
    ["Kitchen", 2],
  ],
  "Coffee accessories": [
    ["Coffee", 8],
    ["Kitchen", 2],
  ],
  Kitchen: [
    ["Coffee", 4],
    ["Coffee accessories", 4],
    ["Personal care", 2],
  ],
  Garden: [
    ["Smart home", 5],
    ["Kitchen", 3],
    ["Personal care", 2],
  ],
  "Personal care": [
    ["Kitchen", 4],
    ["Coffee", 3],
    ["Headphones", 3],
  ],
};

// Seasonal tilt of the anchor category: gifts in Nov/Dec, garden in spring and summer.
const GIFT = new Set(["Smartphones", "Headphones", "Smart home", "Coffee accessories", "Personal care"]);
const GARDEN_MONTHS = [0.3, 0.4, 1.0, 1.6, 1.8, 1.7, 1.4, 1.2, 0.9, 0.6, 0.3, 0.3];

export interface Catalog {
  products: DemoProduct[];
  priceCents: Int32Array;
  category: Uint8Array;
  family: Int32Array; // -1 = standalone
  tier: Uint8Array; // 0 = standalone, else 1..n
  consumable: Uint8Array;
  /** Products of each family, by tier (index 0 = tier 1). */
  familyProducts: number[][];
  familyNames: string[];
  /** Per category: the items (family index encoded as -1 - family, else product index) and their cumulative weights. */
  items: number[][];
  itemCum: Float64Array[];
  basket: Float64Array;
  complements: number[][];
  complementCum: Float64Array[];
  /** Anchor category weights per month (0..11) and, separately, in gift weeks. */
  monthCategoryCum: Float64Array[];
  giftCategoryCum: Float64Array;
  categoryWeights: number[];
}

// Most buyers take the entry tier; premium tiers are a minority.
const TIER_WEIGHTS: Record<number, number[]> = { 2: [0.85, 0.15], 3: [0.78, 0.16, 0.06], 4: [0.72, 0.16, 0.08, 0.04] };
export function tierWeights(n: number): number[] {
  return TIER_WEIGHTS[n];
}

export function buildCatalog(rng: Rng): Catalog {
  const products: DemoProduct[] = [];
  const priceCents: number[] = [];
  const category: number[] = [];
  const family: number[] = [];
  const tier: number[] = [];
  const consumable: number[] = [];
  const familyProducts: number[][] = [];
  const familyNames: string[] = [];
  const items: number[][] = [];
  const itemCum: Float64Array[] = [];

  CATEGORIES.forEach((spec, ci) => {
    let n = 0;
    const add = (name: string, price: number, fam: string | null, famIdx: number, t: number, c: boolean): number => {
      n++;
      const ratio = spec.cost[0] + rng.next() * (spec.cost[1] - spec.cost[0]);
      products.push({
        sku: `${spec.code}-${String(n).padStart(3, "0")}`,
        name,
        category: spec.name,
        family: fam,
        tier: fam === null ? null : t,
        price,
        cost: Math.round(price * ratio * 100) / 100,
      });
      priceCents.push(Math.round(price * 100));
      category.push(ci);
      family.push(famIdx);
      tier.push(t);
      consumable.push(c ? 1 : 0);
      return products.length - 1;
    };
    const catItems: number[] = [];
    const weights: number[] = [];
    for (const fam of spec.families) {
      const fi = familyNames.length;
      familyNames.push(fam.name);
      familyProducts.push(fam.tiers.map(([label, price], t) => add(`${fam.name} ${label}`, price, fam.name, fi, t + 1, fam.c === true)));
      catItems.push(-1 - fi);
      weights.push((fam.c ? 4 : 2.5) * (0.7 + rng.next() * 0.6));
    }
    for (const [name, price, c] of spec.items) {
      catItems.push(add(name, price, null, -1, 0, c === true));
      // Cheap items and consumables sell more often than expensive one-offs.
      const cheap = price < 30 ? 1.5 : price < 100 ? 1 : 0.6;
      weights.push(cheap * (c ? 1.6 : 1) * (0.5 + rng.next()));
    }
    items.push(catItems);
    itemCum.push(cumulative(weights));
  });

  const complements = CATEGORIES.map((c) => COMPLEMENTS[c.name].map(([n]) => CAT[n]));
  const complementCum = CATEGORIES.map((c) => cumulative(COMPLEMENTS[c.name].map(([, w]) => w)));
  const categoryWeights = CATEGORIES.map((c) => c.weight);
  const monthCategoryCum = GARDEN_MONTHS.map((g) => cumulative(CATEGORIES.map((c) => (c.name === "Garden" ? c.weight * g : c.weight))));
  const giftCategoryCum = cumulative(CATEGORIES.map((c) => (GIFT.has(c.name) ? c.weight * 1.8 : c.name === "Garden" ? c.weight * 0.3 : c.weight)));

  return {
    products,
    priceCents: Int32Array.from(priceCents),
    category: Uint8Array.from(category),
    family: Int32Array.from(family),
    tier: Uint8Array.from(tier),
    consumable: Uint8Array.from(consumable),
    familyProducts,
    familyNames,
    items,
    itemCum,
    basket: Float64Array.from(CATEGORIES.map((c) => c.basket)),
    complements,
    complementCum,
    monthCategoryCum,
    giftCategoryCum,
    categoryWeights,
  };
}
