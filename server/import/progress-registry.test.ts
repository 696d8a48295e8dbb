import { describe, expect, it } from "vitest";
import { cancelUpload, readProgress, reportArrived, reportProgress, reportReceived, reportRefresh, startUpload } from "./progress-registry";

describe("the running uploads' progress and cancel", () => {
  it("keeps each workspace's uploads apart, though their ids are the same", () => {
    const cancelled: string[] = [];
    const endA = startUpload(7, "u1", () => cancelled.push("a"));
    const endB = startUpload(8, "u1", () => cancelled.push("b"));
    expect(cancelUpload(7, "nope")).toEqual({ cancelling: false, receiving: false });
    expect(cancelUpload(7, "u1")).toEqual({ cancelling: true, receiving: true });
    expect(cancelled).toEqual(["a"]);
    endA();
    expect(cancelUpload(7, "u1")).toEqual({ cancelling: false, receiving: false });
    expect(readProgress(8, "u1")).toMatchObject({ receiving: true });
    endB();
    expect(readProgress(8, "u1")).toBeNull();
  });

  it("an upload that ends removes only its own entry, not a later one under the same id", () => {
    const endFirst = startUpload(7, "u2", () => {});
    endFirst();
    let second = 0;
    const endSecond = startUpload(7, "u2", () => second++);
    endFirst(); // the first request's cleanup, late
    expect(cancelUpload(7, "u2")).toEqual({ cancelling: true, receiving: true });
    expect(second).toBe(1);
    endSecond();
  });

  it("says the file is arriving, then the rows read, and whether a cancel can still cut the upload off", () => {
    const end = startUpload(7, "u3", () => {});
    reportReceived(7, "u3", 1 << 20);
    expect(readProgress(7, "u3")).toEqual({ bytesRead: 1 << 20, rowsRead: 0, lastLine: 0, receiving: true, waiting: false, refresh: null });
    expect(readProgress(8, "u3")).toBeNull();
    reportProgress(7, "u3", { bytesRead: 512, rowsRead: 10, lastLine: 11 });
    expect(readProgress(7, "u3")).toEqual({ bytesRead: 512, rowsRead: 10, lastLine: 11, receiving: false, waiting: false, refresh: null });
    // Every row written: the rebuild's customers, with the rows read kept for the bar's words.
    reportRefresh(7, "u3", { done: 500, total: 1_200 });
    expect(readProgress(7, "u3")).toEqual({
      bytesRead: 512,
      rowsRead: 10,
      lastLine: 11,
      receiving: false,
      waiting: false,
      refresh: { done: 500, total: 1_200 },
    });
    expect(cancelUpload(7, "u3")).toEqual({ cancelling: true, receiving: false });
    end();
    reportProgress(7, "u3", { bytesRead: 1, rowsRead: 1, lastLine: 2 }); // after its end: nothing comes back
    expect(readProgress(7, "u3")).toBeNull();
  });

  it("once the request's body has ended, the upload cannot be cut off, whatever the worker reports after", () => {
    const end = startUpload(7, "u4", () => {});
    reportReceived(7, "u4", 1 << 20);
    reportArrived(7, "u4");
    reportReceived(7, "u4", 2 << 20); // the worker's last report, behind the body's end
    expect(readProgress(7, "u4")).toMatchObject({ bytesRead: 2 << 20, receiving: false });
    expect(cancelUpload(7, "u4")).toEqual({ cancelling: true, receiving: false });
    end();
  });
});
