// One import in a fresh process, so its peak RSS is its own: `node … bench/import-once.ts CSV PRODUCTS DB [CUSTOMERS CAMPAIGNS OFFERS]`.
// Only the order lines are timed; products go in before, customers, campaigns and offers after (for the pages' tasks).
import { rmSync, statSync } from "node:fs";
import { openDb } from "@/db/open-db";
import { importFile } from "@/server/import/import-file";

const [file, products, dbPath, ...after] = process.argv.slice(2);
for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) rmSync(f, { force: true });
const db = openDb(dbPath);
const base = { workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "cli" as const, fileName: null, acceptRejected: true };
await importFile(db, { ...base, path: products });
const t = performance.now();
const s = await importFile(db, { ...base, path: file });
const seconds = (performance.now() - t) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
for (const extra of after) await importFile(db, { ...base, path: extra });
db.$client.close();
const bytes = statSync(file).size;
process.stdout.write(JSON.stringify({ seconds, rows: s.rowsRead, inserted: s.inserted, rejected: s.rejected, mb: bytes / 1e6, peakRssMb }) + "\n");
