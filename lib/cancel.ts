/** Whether long work should stop: an AbortSignal, or a flag another thread raises (sharedCancel). */
export type CancelSignal = { readonly aborted: boolean };

/** How far the longest step of a derived-data refresh has come: customers classified, of those in scope. */
export type RefreshStep = { done: number; total: number };

/** Called between the steps of long synchronous work (with `step` where there is a measure of it);
 * it throws to stop the work. */
export type Checkpoint = (step?: RefreshStep) => void;

/**
 * A cancel flag in shared memory, for work on a worker thread. A message to the thread waits until
 * the thread's synchronous work ends (the derived-data refresh at the end of an import is seconds of
 * it); a flag it reads between steps is seen at once. `raise` is called by the thread that cancels.
 */
export function sharedCancel(buffer: SharedArrayBuffer = new SharedArrayBuffer(4)): { buffer: SharedArrayBuffer; signal: CancelSignal; raise: () => void } {
  const flag = new Int32Array(buffer, 0, 1);
  return {
    buffer,
    signal: {
      get aborted() {
        return Atomics.load(flag, 0) === 1;
      },
    },
    raise: () => void Atomics.store(flag, 0, 1),
  };
}
