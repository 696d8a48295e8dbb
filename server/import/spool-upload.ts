import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { DEFAULT_MAX_FILE_BYTES, fileTooLarge, ImportFileError } from "@/lib/import";

/** An upload received whole, read back from a temporary file; `dispose` closes and removes the file
 * (and never throws: a file it could not remove goes at a later start, see removeStaleUploads). */
export type SpooledUpload = { bytes: AsyncIterable<Uint8Array>; size: number; dispose: () => Promise<void> };

// Progress is told at most once per this many bytes (and at the end): a message per network chunk
// would be thousands for a large file.
const REPORT_EVERY = 1 << 20;
/** An upload's folder older than this belongs to no running import: the largest file the limit allows,
 * received at 1 MB/s, and its import take well under this. */
export const STALE_AFTER_MS = 2 * 3_600_000;
const PREFIX = "upload-";
// The folders spoolUpload makes (mkdtemp adds six characters): nothing else in the folder is touched.
const SPOOLED = new RegExp(`^${PREFIX}[A-Za-z0-9]{6}$`);

/** Where uploads wait for their import: a folder beside the database file (on the disk that must hold
 * their rows anyway, where the system's temporary folder may be memory). */
export function uploadsDir(databasePath: string): string {
  if (databasePath === ":memory:") return path.join(tmpdir(), "liftboard-uploads");
  return path.join(path.dirname(path.resolve(databasePath)), "uploads");
}

/**
 * Receives an upload to its end into a temporary file in `dir`. The import's transaction holds the
 * write lock of the workspace's data file (db/store.ts): opened while the bytes still arrive, a slow or
 * stalled client would hold it for as long as its upload takes. A file over `maxBytes` is refused while it
 * arrives, before the disk fills; on any failure the file is removed.
 */
export async function spoolUpload(
  source: AsyncIterable<Uint8Array>,
  o: { dir: string; maxBytes?: number; onReceived?: (bytes: number) => void },
): Promise<SpooledUpload> {
  const max = o.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  await mkdir(o.dir, { recursive: true });
  const dir = await mkdtemp(path.join(o.dir, PREFIX));
  const file = path.join(dir, "upload.csv");
  const remove = () => rm(dir, { recursive: true, force: true }).catch((e: unknown) => console.error(`Could not remove the upload ${file}:`, e));
  let size = 0;
  try {
    await pipeline(async function* () {
      let told = 0;
      for await (const chunk of source) {
        size += chunk.length;
        if (size > max) throw new ImportFileError(fileTooLarge(max));
        yield chunk;
        if (size - told >= REPORT_EVERY) o.onReceived?.((told = size));
      }
      if (size !== told) o.onReceived?.(size);
    }, createWriteStream(file));
  } catch (e) {
    await remove();
    throw e;
  }
  const bytes = createReadStream(file, { highWaterMark: 1 << 20 });
  return {
    bytes,
    size,
    dispose: async () => {
      bytes.destroy(); // when the import stopped before reading it all
      await remove();
    },
  };
}

/** Removes uploads left by a process that stopped mid-import: those older than an import may run
 * (another server process on the same database may be receiving one now). Returns how many went. */
export async function removeStaleUploads(dir: string, olderThanMs = STALE_AFTER_MS, now = Date.now()): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names) {
    if (!SPOOLED.test(name)) continue;
    const s = await stat(path.join(dir, name)).catch(() => null);
    if (!s?.isDirectory() || now - s.mtimeMs < olderThanMs) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
