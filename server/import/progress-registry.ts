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
}
