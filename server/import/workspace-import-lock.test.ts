import { describe, expect, it } from "vitest";
import { AppFailure } from "@/lib/result";
import { withWorkspaceImport } from "./workspace-import-lock";

describe("withWorkspaceImport", () => {
  it("refuses a second import into the same workspace while one runs, not one into another, and frees it after", async () => {
    let finish!: () => void;
    const first = withWorkspaceImport(1, () => new Promise<string>((resolve) => (finish = () => resolve("first"))));
    await expect(withWorkspaceImport(1, async () => "second")).rejects.toMatchObject({ code: "conflict" });
    await expect(withWorkspaceImport(1, async () => "second")).rejects.toBeInstanceOf(AppFailure);
    expect(await withWorkspaceImport(2, async () => "other workspace")).toBe("other workspace");
    finish();
    expect(await first).toBe("first");
    expect(await withWorkspaceImport(1, async () => "after")).toBe("after");
    // A failed import frees the workspace too.
    await expect(withWorkspaceImport(1, async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await withWorkspaceImport(1, async () => "again")).toBe("again");
  });
});
