import type { ParseProgress, UploadProgress } from "@/lib/import";

// Progress of running uploads, by the id the browser chose, for its progress bar. In memory:
// Liftboard runs as one process.
const running = new Map<string, UploadProgress & { workspaceId: number; updatedAt: number }>();

export function reportReceived(uploadId: string, workspaceId: number, bytes: number): void {
  put(uploadId, workspaceId, { bytesRead: bytes, rowsRead: 0, lastLine: 0, receiving: true, waiting: false });
}

export function reportWaiting(uploadId: string, workspaceId: number): void {
  put(uploadId, workspaceId, { bytesRead: 0, rowsRead: 0, lastLine: 0, receiving: false, waiting: true });
}

export function reportProgress(uploadId: string, workspaceId: number, p: ParseProgress): void {
  put(uploadId, workspaceId, { ...p, receiving: false, waiting: false });
}

function put(uploadId: string, workspaceId: number, p: UploadProgress): void {
  running.set(uploadId, { ...p, workspaceId, updatedAt: Date.now() });
  if (running.size > 1000) for (const [k, v] of running) if (Date.now() - v.updatedAt > 3_600_000) running.delete(k);
}

export function readProgress(uploadId: string, workspaceId: number): UploadProgress | null {
  const p = running.get(uploadId);
  return p && p.workspaceId === workspaceId
    ? { bytesRead: p.bytesRead, rowsRead: p.rowsRead, lastLine: p.lastLine, receiving: p.receiving, waiting: p.waiting }
    : null;
}

export function endProgress(uploadId: string): void {
  running.delete(uploadId);
  cancels.delete(uploadId);
}

// How to stop each running upload's import: the uploader's Cancel once the file is in (an aborted
// request then no longer fails its body, which is how a cancel reached the import before).
const cancels = new Map<string, { workspaceId: number; cancel: () => void }>();

export function onCancel(uploadId: string, workspaceId: number, cancel: () => void): void {
  cancels.set(uploadId, { workspaceId, cancel });
}

/** Stops the upload's import at its next batch (rolled back, nothing changed); false when no such
 * upload runs in this workspace. */
export function cancelUpload(uploadId: string, workspaceId: number): boolean {
  const c = cancels.get(uploadId);
  if (!c || c.workspaceId !== workspaceId) return false;
  c.cancel();
  return true;
}
