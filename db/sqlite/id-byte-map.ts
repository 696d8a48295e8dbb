/** Whether a blob of one byte per id from `lo` to `hi` is worth binding for `count` ids (a set's
 * membership or group codes, read with substr()). Ids are shared by all workspaces, so a workspace's
 * customers can be spread thinly over a wide range: past a million ids and 8 ids a customer, not. */
export function idByteMapFits(lo: number, hi: number, count: number): boolean {
  return hi - lo + 1 <= Math.max(1_000_000, 8 * count);
}
