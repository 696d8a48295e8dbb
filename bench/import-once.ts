// One import in a fresh process, so its peak RSS is its own: `node … bench/import-once.ts CSV PRODUCTS DB`.
import { rmSync, statSync } from "node:fs";
import { openDb } from "@/db/client";
import { importFile } from "@/db/queries/import-file";

const [file, products, dbPath] = process.argv.slice(2);
for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
const db = openDb(dbPath);
const base = { workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "cli" as const, fileName: null, acceptRejected: true };
await importFile(db, { ...base, path: products });
const t = performance.now();
const s = await importFile(db, { ...base, path: file });
const seconds = (performance.now() - t) / 1000;
db.$client.close();
const bytes = statSync(file).size;
process.stdout.write(JSON.stringify({ seconds, rows: s.rowsRead, inserted: s.inserted, rejected: s.rejected, mb: bytes / 1e6, peakRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
