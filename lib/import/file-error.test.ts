import { describe, expect, it, vi } from "vitest";
import { ImportFileError, isImportFileError, type FileProblem } from "./file-error";

const problem: FileProblem = { code: "too_many_columns", message: "The header has 200,000 columns.", fix: "Export fewer columns.", line: 1, column: null };

describe("ImportFileError", () => {
  it("is recognised across copies of its module, as the server's bundles each load their own", async () => {
    vi.resetModules();
    // A second, separate instance of the module, as another bundle (the one that started the report worker) would hold.
    const other = (await import(/* @vite-ignore */ `./file-error?copy=${Date.now()}`)) as typeof import("./file-error");
    expect(other.ImportFileError).not.toBe(ImportFileError);
    const refused = new other.ImportFileError(problem);
    expect(isImportFileError(refused)).toBe(true);
    expect(refused instanceof ImportFileError).toBe(true);
    expect(new Error("x") instanceof ImportFileError).toBe(false);
    expect(isImportFileError(null)).toBe(false);
  });
});
