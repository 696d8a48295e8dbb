/** Reads the first `bytes` of a stream for detection and hands back a stream that replays them,
 * so an upload is read once and never held whole. */
export async function peekStream(source: AsyncIterable<Uint8Array>, bytes: number): Promise<{ head: Uint8Array; stream: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    chunks.push(next.value);
    size += next.value.length;
  }
  const head = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    head.set(c, offset);
    offset += c.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* chunks;
    if (done) return;
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
  }
  return { head: head.subarray(0, Math.min(size, bytes)), stream: replay() };
}
