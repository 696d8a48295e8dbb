import type { RfmPoint } from "../fit-bgnbd";
import type { BgnbdParams } from "../types";

/** Small seeded PRNG (mulberry32): the same customers on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gamma(shape, 1) by Marsaglia & Tsang. */
export function gamma(shape: number, random: () => number): number {
  if (shape < 1) return gamma(shape + 1, random) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Customers drawn from the BG/NBD story itself, observed for T weeks each (T uniform in [minT, maxT]). */
export function simulateBgnbd(params: BgnbdParams, n: number, minT: number, maxT: number, seed: number): RfmPoint[] {
  const random = seededRandom(seed);
  const out: RfmPoint[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(params.r, random) / params.alpha;
    const ga = gamma(params.a, random);
    const dropout = ga / (ga + gamma(params.b, random));
    const T = minT + (maxT - minT) * random();
    let t = 0;
    let x = 0;
    let last = 0;
    for (;;) {
      t += -Math.log(1 - random()) / lambda;
      if (t > T) break;
      x++;
      last = t;
      if (random() < dropout) break;
    }
    out.push({ frequency: x, recency: last, T });
  }
  return out;
}
