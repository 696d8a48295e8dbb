import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSessionStore, sessionStorePath, type SessionStore } from "./session-store";

const opened: (() => void)[] = [];
afterEach(() => opened.splice(0).forEach((f) => f()));
/** A store on a real file with a clock the test moves. */
function store(): { s: SessionStore; file: string; clock: { t: number } } {
  const dir = mkdtempSync(path.join(tmpdir(), "liftboard-sessions-"));
  const file = path.join(dir, "x.sessions.db");
  const clock = { t: 1_000_000 };
  const s = openSessionStore(file, () => clock.t);
  opened.push(() => {
    s.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { s, file, clock };
}

describe("session store", () => {
  it("lives beside the data file", () => {
    expect(sessionStorePath("data/liftboard.db")).toBe(path.join("data", "liftboard.sessions.db"));
    expect(sessionStorePath("/srv/shop")).toBe("/srv/shop.sessions.db");
    expect(sessionStorePath(":memory:")).toBe(":memory:");
  });

  it("keeps a value until its time to live has passed, and for good without one", () => {
    const { s, clock } = store();
    s.set("token", "a", 60);
    s.set("forever", "b");
    clock.t += 59_999;
    expect(s.get("token")).toBe("a");
    clock.t += 1;
    expect(s.get("token")).toBeNull();
    expect(s.get("forever")).toBe("b");
    s.set("token", "c", 60); // set again: a new value and a new time to live
    expect(s.get("token")).toBe("c");
    s.delete("token");
    expect(s.get("token")).toBeNull();
  });

  it("hands a value out once with getAndDelete, and never an expired one", () => {
    const { s, clock } = store();
    s.set("code", "x", 10);
    expect(s.getAndDelete("code")).toBe("x");
    expect(s.getAndDelete("code")).toBeNull();
    s.set("old", "y", 10);
    clock.t += 10_000;
    expect(s.getAndDelete("old")).toBeNull();
    expect(s.get("old")).toBeNull();
  });

  it("counts a fixed window from the first increment: later ones never extend it", () => {
    const { s, clock } = store();
    expect([s.increment("ip", 60), s.increment("ip", 60), s.increment("ip", 60)]).toEqual([1, 2, 3]);
    clock.t += 59_000;
    expect(s.increment("ip", 60)).toBe(4); // still the first window, though incremented just now
    clock.t += 1_000;
    expect(s.increment("ip", 60)).toBe(1);
    expect(s.increment("other", 60)).toBe(1);
  });

  it("is shared by every connection to the file: another server process, or the same one after a restart", () => {
    const { s, file, clock } = store();
    s.set("token", "a", 60);
    s.increment("ip", 60);
    const again = openSessionStore(file, () => clock.t);
    try {
      expect(again.get("token")).toBe("a");
      expect(again.increment("ip", 60)).toBe(2);
    } finally {
      again.close();
    }
  });
});
