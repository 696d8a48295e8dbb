import { AppFailure } from "@/lib/result";

// Imports running in this server process, by workspace. Liftboard serves from one process; the CLI
// in another process meets SQLite's own write lock instead.
const running = new Set<number>();

/** Runs one import for the workspace; a second one while it runs is refused at once (409) rather
 * than left to wait on the database and fail. Imports into other workspaces are not held back here. */
export async function withWorkspaceImport<T>(workspaceId: number, fn: () => Promise<T>): Promise<T> {
  if (running.has(workspaceId)) {
    throw new AppFailure("conflict", "An import into this workspace is running: start this one when it has finished.");
  }
  running.add(workspaceId);
  try {
    return await fn();
  } finally {
    running.delete(workspaceId);
  }
}
