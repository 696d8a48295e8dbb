import { describe, expect, it, vi } from "vitest";
import { AppFailure } from "./result";

describe("AppFailure", () => {
  it("is recognised across copies of its module, as the server's bundles each load their own", async () => {
    vi.resetModules();
    // A second, separate instance of the module, as another bundle would hold.
    const other = (await import(/* @vite-ignore */ `./result?copy=${Date.now()}`)) as typeof import("./result");
    expect(other.AppFailure).not.toBe(AppFailure);
    const failure = new other.AppFailure("invalid_input", 'No segment "constructor" in this workspace');
    expect(failure instanceof AppFailure).toBe(true);
    expect(new AppFailure("not_found", "x") instanceof other.AppFailure).toBe(true);
    expect(new Error("x") instanceof AppFailure).toBe(false);
    expect((null as unknown) instanceof AppFailure).toBe(false);
  });
});
