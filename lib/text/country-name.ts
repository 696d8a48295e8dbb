/** The name of a country written as its two-letter code (Shopify's Billing Country "US", a customers
 * file's "NL"), in the page's language; null when the value is no such code (UCI writes names). */
export function countryName(value: string, locale: string): string | null {
  if (!/^[A-Za-z]{2}$/.test(value)) return null;
  return new Intl.DisplayNames([locale], { type: "region", fallback: "none" }).of(value.toUpperCase()) ?? null;
}
