import type { DateFormat, NumberFormat } from "../format";

const ORDER_WORDS = { dmy: "day-month-year", mdy: "month-day-year", ymd: "year-month-day" } as const;

/** "31-12-2025 14:30 (day-month-year, as detected for this column)": what a row error says was expected. */
export function describeDateFormat(format: DateFormat): string {
  const s = format.order === "ymd" ? "-" : format.separator;
  const date = { dmy: `31${s}12${s}2025`, mdy: `12${s}31${s}2025`, ymd: "2025-12-31" }[format.order];
  const detected = format.assumed ? "assumed for this column" : "as detected for this column";
  return `${date}${format.hasTime ? " 14:30" : ""} (${ORDER_WORDS[format.order]}, ${detected})`;
}

/** "1.234,56 (decimal comma, as detected for this column)". */
export function describeNumberFormat(format: NumberFormat): string {
  const detected = format.assumed ? "assumed for this column" : "as detected for this column";
  return format.decimal === "," ? `1.234,56 (decimal comma, ${detected})` : `1,234.56 (decimal point, ${detected})`;
}
