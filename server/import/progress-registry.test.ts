import { describe, expect, it } from "vitest";
import { cancelUpload, endProgress, onCancel, readProgress, reportProgress, reportReceived } from "./progress-registry";

describe("the running uploads' progress and cancel", () => {
  it("cancels an upload only from its own workspace, and forgets it when it ends", () => {
    let cancelled = 0;
    onCancel("u1", 7, () => cancelled++);
    expect(cancelUpload("u1", 8)).toBe(false); // another workspace's member
    expect(cancelUpload("nope", 7)).toBe(false);
    expect(cancelled).toBe(0);
    expect(cancelUpload("u1", 7)).toBe(true);
    expect(cancelled).toBe(1);
    endProgress("u1");
    expect(cancelUpload("u1", 7)).toBe(false);
    expect(cancelled).toBe(1);
  });

  it("says the file is arriving, then the rows read, to its own workspace only", () => {
    reportReceived("u2", 7, 1 << 20);
    expect(readProgress("u2", 7)).toEqual({ bytesRead: 1 << 20, rowsRead: 0, lastLine: 0, receiving: true, waiting: false });
    expect(readProgress("u2", 8)).toBeNull();
    reportProgress("u2", 7, { bytesRead: 512, rowsRead: 10, lastLine: 11 });
    expect(readProgress("u2", 7)).toEqual({ bytesRead: 512, rowsRead: 10, lastLine: 11, receiving: false, waiting: false });
    endProgress("u2");
    expect(readProgress("u2", 7)).toBeNull();
  });
});
