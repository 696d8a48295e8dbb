// Loads the import worker's TypeScript the way `npm run cli` runs it (tsx), so the worker runs the
// very modules the request thread and the CLI run, not a separately built copy.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
