import { z } from "zod";
import type { RefreshStep } from "@/lib/cancel";
import type { ParseProgress, UploadProgress } from "@/lib/import";

/** The query of the progress and cancel routes: the workspace (for a session) and the upload's id. */
export const uploadQuery = z.object({ workspace: z.string().optional(), uploadId: z.string().min(1).max(64) });

// The running uploads, by workspace and the id the browser (or a script) chose: their progress, for
// the uploader's bar, and how to stop each one's import. In memory: Liftboard runs as one process. An
// upload is registered once it holds its workspace's import turn (withWorkspaceImport), so two uploads
// under one key never run together, and each removes only its own entry.
// `arrived`: the request's body has ended (told by the request thread, ahead of the worker's last report).
type Running = { progress: UploadProgress; cancel: () => void; arrived: boolean };
const running = new Map<string, Running>();
const keyOf = (workspaceId: number, uploadId: string) => `${workspaceId}\u0000${uploadId}`;

/** Registers an upload whose import starts now; the returned function removes it when it ends. */
export function startUpload(workspaceId: number, uploadId: string, cancel: () => void): () => void {
  const key = keyOf(workspaceId, uploadId);
  const entry: Running = { progress: { bytesRead: 0, rowsRead: 0, lastLine: 0, receiving: true, waiting: false, refresh: null }, cancel, arrived: false };
  running.set(key, entry);
  return () => {
    if (running.get(key) === entry) running.delete(key);
  };
}

function report(workspaceId: number, uploadId: string, next: (last: UploadProgress) => UploadProgress): void {
  const entry = running.get(keyOf(workspaceId, uploadId));
  if (entry) entry.progress = next(entry.progress);
}

/** The whole body is in: the upload can no longer be cut off, whatever the worker has yet to report. */
export function reportArrived(workspaceId: number, uploadId: string): void {
  const entry = running.get(keyOf(workspaceId, uploadId));
  if (entry) entry.arrived = true;
}

const receiving = (e: Running) => e.progress.receiving && !e.arrived;

export function reportReceived(workspaceId: number, uploadId: string, bytes: number): void {
  report(workspaceId, uploadId, () => ({ bytesRead: bytes, rowsRead: 0, lastLine: 0, receiving: true, waiting: false, refresh: null }));
}

export function reportWaiting(workspaceId: number, uploadId: string): void {
  report(workspaceId, uploadId, () => ({ bytesRead: 0, rowsRead: 0, lastLine: 0, receiving: false, waiting: true, refresh: null }));
}

export function reportProgress(workspaceId: number, uploadId: string, p: ParseProgress): void {
  report(workspaceId, uploadId, () => ({ ...p, receiving: false, waiting: false, refresh: null }));
}

/** Every row is written: the figures are being rebuilt, `step.done` of `step.total` customers so far
 * (the rows read stay, for the bar's words). */
export function reportRefresh(workspaceId: number, uploadId: string, step: RefreshStep): void {
  report(workspaceId, uploadId, (last) => ({ ...last, receiving: false, waiting: false, refresh: step }));
}

export function readProgress(workspaceId: number, uploadId: string): UploadProgress | null {
  const entry = running.get(keyOf(workspaceId, uploadId));
  return entry ? { ...entry.progress, receiving: receiving(entry) } : null;
}

/**
 * Asks the upload's import to stop: it then answers 409, nothing changed, also while it rebuilds the
 * figures, unless it was already committing (it then answers its summary). `receiving`: the file is
 * still arriving, so the uploader may cut it off too. `cancelling` is false when no such upload runs in the workspace.
 */
export function cancelUpload(workspaceId: number, uploadId: string): { cancelling: boolean; receiving: boolean } {
  const entry = running.get(keyOf(workspaceId, uploadId));
  if (!entry) return { cancelling: false, receiving: false };
  entry.cancel();
  return { cancelling: true, receiving: receiving(entry) };
}
