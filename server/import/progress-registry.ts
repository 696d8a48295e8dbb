import type { ParseProgress, UploadProgress } from "@/lib/import";

// Progress of running uploads, by the id the browser chose, for its progress bar. In memory:
// Liftboard runs as one process.
const running = new Map<string, UploadProgress & { workspaceId: number; updatedAt: number }>();

export function reportWaiting(uploadId: string, workspaceId: number): void {
  reportProgress(uploadId, workspaceId, { bytesRead: 0, rowsRead: 0, lastLine: 0 }, true);
}

export function reportProgress(uploadId: string, workspaceId: number, p: ParseProgress, waiting = false): void {
  running.set(uploadId, { ...p, waiting, workspaceId, updatedAt: Date.now() });
  if (running.size > 1000) for (const [k, v] of running) if (Date.now() - v.updatedAt > 3_600_000) running.delete(k);
}

export function readProgress(uploadId: string, workspaceId: number): UploadProgress | null {
  const p = running.get(uploadId);
  return p && p.workspaceId === workspaceId ? { bytesRead: p.bytesRead, rowsRead: p.rowsRead, lastLine: p.lastLine, waiting: p.waiting } : null;
}

export function endProgress(uploadId: string): void {
  running.delete(uploadId);
}
