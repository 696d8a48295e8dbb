import { open } from "node:fs/promises";
import { SAMPLE_BYTES } from "../../lib/import/detect-format";

/** The first bytes of a file, for format detection, without reading the rest. */
export async function readSample(path: string): Promise<{ sample: Uint8Array; totalBytes: number }> {
  const file = await open(path, "r");
  try {
    const { size } = await file.stat();
    const buffer = new Uint8Array(Math.min(size, SAMPLE_BYTES));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return { sample: buffer.subarray(0, bytesRead), totalBytes: size };
  } finally {
    await file.close();
  }
}
