import type { ParseProgress } from "@/lib/import";

// Progress of running uploads, by the id the browser chose, for its progress bar. In memory:
// Liftboard runs as one process.
const running = new Map<string, ParseProgress & { workspaceId: number; updatedAt: number }>();

export function reportProgress(uploadId: string, workspaceId: number, p: ParseProgress): void {
  running.set(uploadId, { ...p, workspaceId, updatedAt: Date.now() });
  if (running.size > 1000) for (const [k, v] of running) if (Date.now() - v.updatedAt > 3_600_000) running.delete(k);
}

export function readProgress(uploadId: string, workspaceId: number): ParseProgress | null {
  const p = running.get(uploadId);
  return p && p.workspaceId === workspaceId ? { bytesRead: p.bytesRead, rowsRead: p.rowsRead, lastLine: p.lastLine } : null;
}

export function endProgress(uploadId: string): void {
  running.delete(uploadId);
}
