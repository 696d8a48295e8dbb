const GENDERS: Record<string, string | null> = {
  f: "female",
  female: "female",
  woman: "female",
  w: "female",
  v: "female",
  vrouw: "female",
  mevrouw: "female",
  mevr: "female",
  mw: "female",
  m: "male",
  male: "male",
  man: "male",
  heer: "male",
  dhr: "male",
  meneer: "male",
  x: "other",
  other: "other",
  anders: "other",
  "non-binary": "other",
  nonbinary: "other",
  divers: "other",
  d: "other",
  unknown: null,
  onbekend: null,
  "?": null,
  "-": null,
  "n/a": null,
};

/** female | male | other in English or Dutch; unknown → null; anything else as written (lowercase). */
export function normalizeGender(raw: string): string | null {
  const s = raw.trim().toLowerCase().replace(/\.$/, "");
  return s in GENDERS ? GENDERS[s] : s;
}
