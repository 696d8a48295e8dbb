const FSI = "\u2068"; // first strong isolate
const PDI = "\u2069"; // pop directional isolate

/** A value from the data as a label: cut to `max` characters (the whole value goes in `title`, shown
 * on hover), and isolated so right-to-left or override characters inside it (U+202E) cannot reorder
 * the text around it. */
export function displayValue(value: string, max = 60): { label: string; title: string } {
  const chars = [...value];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : value;
  return { label: `${FSI}${cut}${PDI}`, title: value };
}
