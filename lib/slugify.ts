import transliterate from "slugify";

/** URL-safe workspace slug from a display name: letters other languages write beyond accents are
 * spelled out ("Øresund Bakkerij" → "oresund-bakkerij", "Straße & Co" → "strasse-and-co"), cut at
 * 48 characters; "workspace" when nothing is left (a name in a script with no Latin spelling). */
export function slugify(name: string): string {
  const slug = transliterate(name, { lower: true, strict: true, trim: true }).slice(0, 48).replace(/-+$/, "");
  return slug || "workspace";
}
