import { AppFailure } from "../result";

export type StampedSnapshot = { json: string; dataAsOf: Date };

/** Freezes a report's data for a snapshot link: its JSON text plus the moment the data is as of.
 * Fails early on data JSON cannot hold, rather than storing a link that cannot be shown. */
export function stampSnapshot(data: unknown, dataAsOf: Date): StampedSnapshot {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch (e) {
    throw new AppFailure("invalid_input", `The snapshot data cannot be saved as JSON: ${(e as Error).message}`, "snapshot");
  }
  if (json === undefined) throw new AppFailure("invalid_input", "A snapshot link needs the report's data; none was given.", "snapshot");
  if (Number.isNaN(dataAsOf.getTime())) throw new AppFailure("invalid_input", "The snapshot's data-as-of time is not a valid date.", "dataAsOf");
  return { json, dataAsOf };
}
