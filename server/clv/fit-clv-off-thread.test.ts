import { describe, expect, it } from "vitest";
import { clvScoresKey, forgetClvScores, getClvScores, hasClvScores } from "@/db/queries/customers/get-clv-scores";
import { resetWorkspaceToDemo } from "@/db/queries/imports/reset-workspace-to-demo";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { fitClvOffThread } from "./fit-clv-off-thread";

const newDb = tempDbPerTest();
const workspace = { id: 1, timezone: "Europe/Amsterdam" };

// A CLV fit takes seconds on millions of lines: the server makes it on a worker thread, and the request
// then reads the worker's result instead of fitting on the thread every other request waits for.
describe("fitClvOffThread", () => {
  it("fits on a worker thread and leaves the same result the request thread would compute where getClvScores finds it", async () => {
    const { db } = newDb();
    resetWorkspaceToDemo(db, 1, { userId: null });
    const q = { discount: 0.01 };
    forgetClvScores();
    expect(hasClvScores(clvScoresKey(db, workspace, q)!)).toBe(false);

    await fitClvOffThread(db, workspace, q);
    expect(hasClvScores(clvScoresKey(db, workspace, q)!)).toBe(true); // no fit ran on this thread
    const fromWorker = getClvScores(db, workspace, q);
    expect(fromWorker.fit.ok).toBe(true);
    expect(getClvScores(db, workspace, q)).toBe(fromWorker);

    forgetClvScores();
    const here = getClvScores(db, workspace, q);
    expect(here).not.toBe(fromWorker);
    expect(fromWorker).toEqual(here);
  }, 60_000);

  it("leaves a refusal to the request's own call, which words it as always", async () => {
    const { db } = newDb();
    resetWorkspaceToDemo(db, 1, { userId: null });
    await expect(fitClvOffThread(db, workspace, { cal: "1999-01-01", discount: 0.01 })).resolves.toBeUndefined();
    expect(() => getClvScores(db, workspace, { cal: "1999-01-01", discount: 0.01 })).toThrow(/lies outside the data/);
  }, 60_000);
});
