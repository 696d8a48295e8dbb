/** Typed arrays stored as blobs (kept facts read whole on every view): native byte order, which is
 * little-endian on every platform Node runs on. */

/** The bytes of a typed array, for a blob column (no copy). */
export const blobOf = (a: Float64Array | Int32Array | Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** A typed array over a blob's bytes (copied when the blob is not aligned for it). */
export function typedView<T extends Float64Array | Int32Array>(
  bytes: Buffer,
  Type: { new (b: ArrayBufferLike, o: number, n: number): T; BYTES_PER_ELEMENT: number },
): T {
  const n = bytes.byteLength / Type.BYTES_PER_ELEMENT;
  if (bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, bytes.byteOffset, n);
  return new Type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), 0, n);
}
