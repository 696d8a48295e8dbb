import { normalizeHeader } from "./normalize-header";

export type PrivacyReason = "name" | "email" | "phone" | "address" | "free_text";

const RULES: [PrivacyReason, RegExp][] = [
  ["email", /^(customer|billing|shipping|klant|contact)?e?mail(address|adres)?(billing|shipping)?$/],
  ["phone", /phone|telefoon|telnr|mobile|mobiel|gsm|fax/],
  // City, province and country are not street addresses ("Default Address City" is kept).
  [
    "address",
    /^(?!.*(city|country|countrycode|province|provincecode|provincename|region|state|land|plaats)$).*(address|adres|street|straat|huisnummer|housenumber|zip|postcode|postalcode)/,
  ],
  [
    "name",
    /^(first|last|full|middle|given|family|sur|customer|client|klant|contact|billing|shipping|recipient|account)?name(billing|shipping)?$|voornaam|achternaam|tussenvoegsel|klantnaam|^naam$|company|bedrijf/,
  ],
  ["free_text", /^(notes?|noteattributes|ordernotes?|customernotes?|opmerking(en)?|memo|instructions?)$/],
];

/** Why a column must not be imported (privacy by design: no names, e-mail addresses, phone numbers,
 * street addresses or free-text notes), or null. Only asked about columns no field is mapped to. */
export function classifyPrivateColumn(header: string): PrivacyReason | null {
  const h = normalizeHeader(header);
  for (const [reason, pattern] of RULES) if (pattern.test(h)) return reason;
  return null;
}
