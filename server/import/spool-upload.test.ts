import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ImportFileError } from "@/lib/import";
import { removeStaleUploads, spoolUpload, uploadsDir } from "./spool-upload";

const parents: string[] = [];
afterEach(() => {
  for (const p of parents.splice(0)) rmSync(p, { recursive: true, force: true });
});
const parent = () => {
  const p = mkdtempSync(path.join(tmpdir(), "liftboard-spool-test-"));
  parents.push(p);
  return p;
};
const collect = async (bytes: AsyncIterable<Uint8Array>) => {
  const parts: Buffer[] = [];
  for await (const b of bytes) parts.push(Buffer.from(b));
  return Buffer.concat(parts);
};
// 3 MB in 64 KB pieces, each piece's bytes its index: a replay out of order or short shows.
const pieces = Array.from({ length: 48 }, (_, i) => Buffer.alloc(65_536, i));

describe("spoolUpload", () => {
  it("receives the upload to its end, then gives back the same bytes, and leaves nothing behind", async () => {
    const tmp = parent();
    let pulled = 0;
    const told: number[] = [];
    const spooled = await spoolUpload(
      (async function* () {
        for (const p of pieces) {
          pulled++;
          yield p;
        }
      })(),
      { dir: tmp, onReceived: (n) => told.push(n) },
    );
    // Every piece was taken before the caller reads a byte.
    expect(pulled).toBe(48);
    expect(spooled.size).toBe(48 * 65_536);
    // At most once a megabyte, and the total at the end.
    expect(told).toEqual([1 << 20, 2 << 20, 3 << 20]);
    expect((await collect(spooled.bytes)).equals(Buffer.concat(pieces))).toBe(true);
    await spooled.dispose();
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("refuses a file over the limit while it arrives, reading no further, and removes what it received", async () => {
    const tmp = parent();
    let pulled = 0;
    const refusal = spoolUpload(
      (async function* () {
        for (const p of pieces) {
          pulled++;
          yield p;
        }
      })(),
      { dir: tmp, maxBytes: 10 * 65_536 + 1 },
    );
    await expect(refusal).rejects.toBeInstanceOf(ImportFileError);
    await expect(refusal).rejects.toThrow(/larger than the limit/);
    expect(pulled).toBe(11);
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("fails as the upload fails (a cancel), and removes what it received", async () => {
    const tmp = parent();
    const cancelled = spoolUpload(
      (async function* () {
        yield pieces[0];
        throw new Error("the browser went away");
      })(),
      { dir: tmp },
    );
    await expect(cancelled).rejects.toThrow("the browser went away");
    expect(readdirSync(tmp)).toEqual([]);
  });

  it("keeps uploads beside the database, and removes those a stopped process left, nothing else", async () => {
    expect(uploadsDir("/srv/liftboard/data/liftboard.db")).toBe("/srv/liftboard/data/uploads");
    const tmp = parent();
    const now = Date.now();
    const threeHoursAgo = (now - 3 * 3_600_000) / 1000;
    // Folders as spoolUpload makes them, one left long ago and one receiving now; and what is not one of them.
    for (const name of ["upload-Ab12Cd", "upload-Ef34Gh", "upload-notes", "notes"]) {
      mkdirSync(path.join(tmp, name));
      writeFileSync(path.join(tmp, name, "upload.csv"), "sku\n");
    }
    writeFileSync(path.join(tmp, "upload-Ij56Kl"), "a file, not a folder\n");
    for (const name of ["upload-Ab12Cd", "upload-notes", "notes", "upload-Ij56Kl"]) utimesSync(path.join(tmp, name), threeHoursAgo, threeHoursAgo);
    expect(await removeStaleUploads(tmp, undefined, now)).toBe(1);
    expect(readdirSync(tmp).sort()).toEqual(["notes", "upload-Ef34Gh", "upload-Ij56Kl", "upload-notes"]);
    expect(await removeStaleUploads(path.join(tmp, "missing"))).toBe(0);
  });
});
