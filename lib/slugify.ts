import transliterate from "slugify";

/** URL-safe workspace slug from a display name: letters other languages write beyond accents are
 * spelled out ("Øresund Bakkerij" → "oresund-bakkerij", "Straße & Co" → "strasse-and-co"), any other
 * run of non-alphanumerics becomes one dash ("Shop 2.0" → "shop-2-0"), cut at 48 characters;
 * "workspace" when nothing is left (a name in a script with no Latin spelling). */
export function slugify(name: string): string {
  const slug = transliterate(name.normalize("NFKC"), { lower: true, replacement: "-" })
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || "workspace";
}
