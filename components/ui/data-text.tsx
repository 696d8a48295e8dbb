import { displayValue } from "@/lib/text/display-value";

/** A value from the shop's own data (a product, campaign, variant or segment name) in running text:
 * cut to `max` characters with the whole value on hover, and isolated so direction marks inside it
 * (U+202E) reorder only the value itself. */
export function DataText({ value, max = 80 }: { value: string; max?: number }) {
  const { label, title } = displayValue(value, max);
  return <bdi title={[...value].length > max ? title : undefined}>{label}</bdi>;
}
