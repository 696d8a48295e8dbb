import type { CsvKind } from "../kinds";

/** How a cell is read before a kind's own rules apply. */
export type FieldType = "text" | "number" | "integer" | "date" | "datetime" | "boolean";

export interface FieldSpec {
  readonly type: FieldType;
  /** Words used in messages ("order date"). */
  readonly label: string;
  /** Header names that mean this field, English and Dutch; compared after normalizeHeader. */
  readonly synonyms: readonly string[];
  /** The longest text the field takes (default MAX_TEXT_LENGTH in reading/row-reader.ts). */
  readonly maxLength?: number;
  /** Mapped only by a preset (values a preset derives from), never guessed from a header. */
  readonly presetOnly?: boolean;
  /** The same on every line of an order, so an empty cell takes the value of the order's first row. */
  readonly orderLevel?: boolean;
  /** The same on every variant of a product (one family), so an empty cell takes the value of the
   * family's first row: Shopify writes a product's fields only there. */
  readonly productLevel?: boolean;
}

export interface KindSpec<F extends string = string> {
  readonly kind: CsvKind;
  readonly fields: Readonly<Record<F, FieldSpec>>;
  /** Each group needs at least one mapped column: [["customer_id", "customer_email"]] = either. */
  readonly required: readonly (readonly F[])[];
  /** Liftboard template: header (field names) and one example row. */
  readonly template: Readonly<Partial<Record<F, string>>>;
}

// Shared by every kind that names a customer. Phone is only a last-resort key (see fields/customer-key.ts).
export const CUSTOMER_KEY_FIELDS = {
  customer_id: {
    type: "text",
    label: "customer id",
    synonyms: [
      "customer id",
      "customerid",
      "customer",
      "customer number",
      "customer no",
      "customer nr",
      "customer key",
      "customer code",
      "client id",
      "user id",
      "customer user id",
      "account id",
      "klant id",
      "klantid",
      "klant",
      "klantnummer",
      "klantnr",
      "klantcode",
      "relatienummer",
      "debiteurnummer",
      "gebruiker id",
    ],
  },
  customer_email: {
    type: "text",
    label: "customer e-mail",
    synonyms: [
      "email",
      "e-mail",
      "email address",
      "e-mail address",
      "customer email",
      "customer e-mail",
      "emailadres",
      "e-mailadres",
      "klant email",
      "klant e-mail",
      "email billing",
      "billing email",
      "mail",
    ],
  },
  customer_phone: {
    type: "text",
    label: "customer phone",
    synonyms: [
      "phone",
      "phone number",
      "telephone",
      "phone billing",
      "billing phone",
      "customer phone",
      "mobile",
      "telefoon",
      "telefoonnummer",
      "mobiel",
      "mobiel nummer",
    ],
  },
} as const satisfies Record<string, FieldSpec>;
