import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every entry point must authorize through one of the shared wrappers, so a new route, page or
// action cannot forget it. The few that are open on purpose are listed with the reason.
const root = path.resolve(__dirname, "../..");
const files = (dir: string, name: RegExp): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && name.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
const read = (f: string) => readFileSync(path.join(root, f), "utf8");

const OPEN_ROUTES: Record<string, string> = {
  "app/api/auth/[...all]/route.ts": "better-auth's own sign-in/out endpoints; sign-up over HTTP is closed in createAuth",
  "app/share/[token]/data/[...kind]/route.ts": "share links: openShare checks token, expiry, revocation and password",
  "app/api/v1/imports/template/route.ts": "empty CSV templates, no workspace data; signed-in users only",
};
const OPEN_ACTIONS: Record<string, string> = {
  "server/actions/setup-owner.ts": "only works while the database has no user at all",
  "server/actions/accept-invite.ts": "needs a valid one-time invite token",
  "server/actions/set-locale.ts": "sets the language cookie, open to share-link visitors",
  "server/actions/unlock-share-link.ts": "needs the share token and its password, rate-limited",
  "server/actions/create-workspace.ts": "any signed-in user may start a workspace of their own",
};
const OPEN_PAGES: Record<string, string> = {
  "app/page.tsx": "redirects to setup, sign-in or the user's workspace",
  "app/setup/page.tsx": "only while the database has no user",
  "app/sign-in/page.tsx": "the way in",
  "app/invite/[token]/page.tsx": "needs a valid one-time invite token",
  "app/share/[token]/page.tsx": "share links: openShare checks token, expiry, revocation and password",
  "app/w/[slug]/page.tsx": "redirects to the overview; the /w/[slug] layout checks membership first",
};

describe("every entry point authorizes", () => {
  it("route handlers go through workspaceRoute, reportRoute or resolveImportCaller", () => {
    for (const f of files("app", /^route\.ts$/)) {
      if (OPEN_ROUTES[f]) continue;
      expect(read(f), f).toMatch(/\b(workspaceRoute|reportRoute|resolveImportCaller)\(/);
    }
  });

  it("server actions go through workspaceAction; a hand-written export must be a listed exception", () => {
    for (const f of files("server/actions", /\.ts$/)) {
      const src = read(f);
      expect(src, f).toMatch(/^"use server";/);
      const exports = [...src.matchAll(/^export (?:const|async function|function) (\w+)/gm)];
      expect(exports.length, f).toBeGreaterThan(0);
      if (OPEN_ACTIONS[f]) continue;
      for (const [line, name] of exports) expect(line, `${f}: ${name}`).toMatch(/^export const \w+$/);
      expect([...src.matchAll(/^export const \w+ = workspaceAction\(/gm)].length, f).toBe(exports.length);
    }
  });

  it("workspace pages check membership, other pages are listed exceptions", () => {
    for (const f of files("app", /^page\.tsx$/)) {
      if (OPEN_PAGES[f]) continue;
      expect(f, "a page outside /w/[slug] must be listed with its reason").toMatch(/^app\/w\/\[slug\]\//);
      expect(read(f), f).toMatch(/\brequirePageMember\(/);
    }
  });

  it("the exception lists name files that exist", () => {
    const all = new Set([...files("app", /^(route\.ts|page\.tsx)$/), ...files("server/actions", /\.ts$/)]);
    for (const f of [...Object.keys(OPEN_ROUTES), ...Object.keys(OPEN_ACTIONS), ...Object.keys(OPEN_PAGES)]) expect(all.has(f), f).toBe(true);
  });
});
