/** Header text reduced to lowercase letters and digits, so "Order ID", "order_id", "Order-Id" and
 * "order.id" compare equal; accents are dropped so "Catégorie" matches "categorie". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}
