/** Axis ticks from 0 to at least `max` in steps of 1, 2, 2.5 or 5 × 10^k ("0, 5, 10, 15, 20%", not
 * "0, 7, 13, 20, 26%"), about `count` of them; `ceiling` caps the axis (1 for ratios, never above
 * 100%). `decimals` is how many decimals a label needs so that no two read the same. */
export function niceTicks(
  max: number,
  { count = 4, ceiling = Infinity, percent = false }: { count?: number; ceiling?: number; percent?: boolean } = {},
): {
  ticks: number[];
  decimals: number;
} {
  const top = Math.min(max > 0 && Number.isFinite(max) ? max : 0, ceiling);
  if (top <= 0) return { ticks: [0, Math.min(1, ceiling)], decimals: 0 };
  const raw = top / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const n = Math.ceil(top / step - 1e-9);
  const ticks = Array.from({ length: n + 1 }, (_, i) => Math.min(round(i * step), ceiling));
  const unit = percent ? step * 100 : step;
  const decimals = (String(round(unit)).split(".")[1] ?? "").length;
  return { ticks: [...new Set(ticks)], decimals };
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;
