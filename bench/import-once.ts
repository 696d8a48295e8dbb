// One import in a fresh process, so its peak RSS is its own: `node … bench/import-once.ts CSV PRODUCTS DB [CUSTOMERS CAMPAIGNS OFFERS]`.
// Only the order lines are timed; products go in before, customers, campaigns and offers after (for the pages' tasks).
import { statSync } from "node:fs";
import { openStore } from "@/db/store";
import { removeDatabase } from "./copy-database";
import { importFile } from "@/server/import/import-file";

const [file, products, dbPath, ...after] = process.argv.slice(2);
removeDatabase(dbPath);
// As the server keeps it: the workspace's data in a file of its own (db/store.ts).
const store = openStore(dbPath);
const db = store.workspace(1);
const base = { workspaceId: 1, timeZone: "Europe/Amsterdam", userId: null, source: "cli" as const, fileName: null, acceptRejected: true };
await importFile(db, { ...base, path: products });
const t = performance.now();
const s = await importFile(db, { ...base, path: file });
const seconds = (performance.now() - t) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
for (const extra of after) await importFile(db, { ...base, path: extra });
store.close();
const bytes = statSync(file).size;
process.stdout.write(JSON.stringify({ seconds, rows: s.rowsRead, inserted: s.inserted, rejected: s.rejected, mb: bytes / 1e6, peakRssMb }) + "\n");
