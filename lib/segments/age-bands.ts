/** Beyond this (or below 0) a birth year is a typo, not a customer: it counts as unknown. */
const MAX_AGE = 120;

/** Age bands of the segment table; age = the period end's year − birth year (only the year is known). */
export const AGE_BANDS = [
  { label: "<25", min: 0, max: 24 },
  { label: "25-34", min: 25, max: 34 },
  { label: "35-44", min: 35, max: 44 },
  { label: "45-54", min: 45, max: 54 },
  { label: "55-64", min: 55, max: 64 },
  { label: "65+", min: 65, max: MAX_AGE },
] as const;

export type AgeBand = (typeof AGE_BANDS)[number]["label"];

/** The band of a customer in `referenceYear`, or null when the birth year is missing or implausible. */
export function ageBand(birthYear: number | null, referenceYear: number): AgeBand | null {
  if (birthYear === null) return null;
  const age = referenceYear - birthYear;
  return AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.label ?? null;
}
