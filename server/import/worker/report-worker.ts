// The report worker's entry (see server/reports/load-report-off-thread.ts): it stays up, keeps a
// connection per workspace and the caches of its own, and answers the reads of reads.ts, off the
// thread that serves requests.
import { parentPort, workerData } from "node:worker_threads";
import type { Db } from "@/db/client";
import { failureOf } from "./failure";
import { READS, type ReadName } from "./reads";
import { openWorkerDb } from "./worker-thread";

export type ReadAsk = { id: number; workspaceId: number; name: ReadName; args: unknown };

const { databasePath } = workerData as { databasePath: string };
const connections = new Map<number, Db>();
const dbFor = (workspaceId: number): Db => {
  let db = connections.get(workspaceId);
  if (!db) connections.set(workspaceId, (db = openWorkerDb(databasePath, workspaceId)));
  return db;
};
const port = parentPort!;
port.on("message", ({ id, workspaceId, name, args }: ReadAsk) => {
  Promise.resolve()
    .then(() => READS[name](dbFor(workspaceId), args as never))
    .then((data) => port.postMessage({ id, ok: true, data }))
    // A read that failed, or an answer that could not be sent (it could not be cloned): that one
    // question fails, and the worker goes on serving the others.
    .catch((e) => port.postMessage({ id, ok: false, failure: failureOf(e) }));
});
