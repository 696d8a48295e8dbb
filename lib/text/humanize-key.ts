/** A column name from a shop's own file in words: "loyalty_tier" → "Loyalty tier". Names that already
 * read as words (spaces, capitals, other scripts) stay as they are. */
export function humanizeKey(key: string): string {
  if (!/^[a-z0-9]+(?:[_-]+[a-z0-9]+)*$/.test(key)) return key;
  const words = key.replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
