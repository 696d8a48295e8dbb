import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { connectDb, REQUEST_LOCK_WAIT_MS } from "@/db/client";
import type { SessionUser } from "./session";

const state: { user: SessionUser | null; role: "owner" | "editor" | "viewer" | null } = { user: null, role: null };

vi.mock("./session", () => ({ getCurrentUser: async () => state.user }));
vi.mock("@/db", () => ({ getDb: () => ({}), getWorkspaceDb: () => ({}) }));
vi.mock("@/db/queries/workspaces/members", () => ({
  getMembership: (_db: unknown, _userId: string, slug: string) =>
    state.role && slug === "shop" ? { id: 1, slug, name: "Shop", currency: "EUR", timezone: "UTC", locale: "en", role: state.role } : undefined,
}));

const { workspaceAction, BUSY_MESSAGE } = await import("./workspace-action");
const { AppFailure } = await import("@/lib/result");

const calls: unknown[] = [];
const editAction = workspaceAction(z.object({ n: z.number().int() }), "editor", ({ n }) => {
  calls.push(n);
  if (n < 0) throw new AppFailure("invalid_input", "n must be positive", "n");
  if (n === 13) throw new Error("boom");
  return n * 2;
});

beforeEach(() => {
  calls.length = 0;
  state.user = { id: "u1", email: "u@x.nl", name: "u" };
  state.role = "editor";
});

describe("workspaceAction", () => {
  it("runs for a member with the role, returning data", async () => {
    expect(await editAction({ workspace: "shop", n: 2 })).toEqual({ ok: true, data: 4 });
    state.role = "owner";
    expect(await editAction({ workspace: "shop", n: 3 })).toEqual({ ok: true, data: 6 });
  });

  it("refuses, without running, the signed-out, non-members, too-low roles and bad input", async () => {
    expect(await editAction({ workspace: "shop", n: 1.5 })).toMatchObject({ ok: false, error: { code: "invalid_input", field: "n" } });
    expect(await editAction({ workspace: "../etc", n: 1 })).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    state.role = "viewer";
    expect(await editAction({ workspace: "shop", n: 1 })).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await editAction({ workspace: "elsewhere", n: 1 })).toMatchObject({ ok: false, error: { code: "not_found" } });
    state.user = null;
    expect(await editAction({ workspace: "shop", n: 1 })).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    expect(calls).toEqual([]);
  });

  it("turns failures into the one error shape and hides internal errors", async () => {
    expect(await editAction({ workspace: "shop", n: -1 })).toEqual({ ok: false, error: { code: "invalid_input", message: "n must be positive", field: "n" } });
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await editAction({ workspace: "shop", n: 13 })).toEqual({
      ok: false,
      error: { code: "internal", message: "Something went wrong on the server; nothing was changed." },
    });
    err.mockRestore();
  });

  it("says an import is running when SQLite's write lock stays taken, and changes nothing", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "liftboard-busy-"));
    const file = path.join(dir, "x.db");
    const [importing, request] = [connectDb(file), connectDb(file)];
    request.$client.pragma(`busy_timeout = ${REQUEST_LOCK_WAIT_MS}`);
    request.$client.exec("CREATE TABLE t (n INTEGER)");
    importing.$client.exec("BEGIN IMMEDIATE");
    const save = workspaceAction(z.object({ n: z.number() }), "editor", ({ n }) => request.$client.prepare("INSERT INTO t VALUES (?)").run(n));
    try {
      expect(await save({ workspace: "shop", n: 1 })).toEqual({ ok: false, error: { code: "conflict", message: BUSY_MESSAGE } });
    } finally {
      importing.$client.exec("ROLLBACK");
      for (const c of [importing, request]) c.$client.close();
    }
    const check = connectDb(file);
    expect(check.$client.prepare("SELECT count(*) FROM t").pluck().get()).toBe(0);
    check.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
