// The job worker's entry (see run-job.ts): one long write, on a connection of its own, off the
// thread that serves requests.
import { parentPort, workerData } from "node:worker_threads";
import { failureOf } from "./failure";
import { JOBS, type JobName } from "./jobs";
import { openWorkerDb } from "./worker-thread";

const { databasePath, name, args } = workerData as { databasePath: string; name: JobName; args: { workspaceId: number } };
const port = parentPort!;
let db: ReturnType<typeof openWorkerDb> | null = null;
try {
  db = openWorkerDb(databasePath, args.workspaceId);
  port.postMessage({ ok: true, result: JOBS[name](db, args as never) });
} catch (e) {
  port.postMessage({ ok: false, failure: failureOf(e) });
} finally {
  db?.$client.close();
}
