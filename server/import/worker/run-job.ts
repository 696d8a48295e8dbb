import { rethrown, type WorkerFailure } from "./failure";
import type { JobArgs, JobName, JobResult } from "./jobs";
import { startWorker } from "./worker-thread";

/** Runs a long write (jobs.ts) on a worker thread and answers its result, or throws what it threw
 * (an AppFailure stays one). The request thread keeps serving meanwhile, and the job waits for an
 * import holding the write lock instead of failing. */
export function runJob<N extends JobName>(databasePath: string, name: N, args: JobArgs<N>): Promise<JobResult<N>> {
  const worker = startWorker("job", { databasePath, name, args });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on("message", (m: { ok: true; result: JobResult<N> } | { ok: false; failure: WorkerFailure }) => {
      settled = true;
      if (m.ok) resolve(m.result);
      else reject(rethrown(m.failure));
    });
    worker.on("error", (e) => {
      settled = true;
      reject(e);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`The worker stopped (exit code ${code}) before it answered.`));
    });
  });
}
