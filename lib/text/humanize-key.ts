/** A column name from a shop's own file in words: "loyalty_tier" → "Loyalty tier". Names that already
 * read as words (spaces, capitals, other scripts) stay as they are. */
export function humanizeKey(key: string): string {
  if (!/^[a-z0-9]+(?:[_-]+[a-z0-9]+)*$/.test(key)) return key;
  const words = key.replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A value from the shop's data in words when it is a code ("paid_search" → "Paid search"); a value
 * without an underscore ("organic", "TV-55") is a word the shop chose and stays as written. */
export function valueInWords(value: string): string {
  return value.includes("_") ? humanizeKey(value) : value;
}
