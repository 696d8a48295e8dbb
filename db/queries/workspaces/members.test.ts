import { describe, expect, it } from "vitest";
import { user } from "@/db/schema";
import { tempDbPerTest } from "@/db/testing/temp-db";
import { AppFailure } from "@/lib/result";
import type { Db } from "../../client";
import { acceptInvite, claimInvite, completeInvite, createInvite, findOpenInvite, listPendingInvites, releaseInvite, revokeInvite } from "./invites";
import { addMember, changeMemberRole, getMembership, listMembers } from "./members";
import { createWorkspace } from "./workspaces";

const newDb = tempDbPerTest();

function setup() {
  const t = newDb();
  const now = new Date();
  const mkUser = (id: string) =>
    t.db
      .insert(user)
      .values({ id, name: id, email: `${id}@x.nl`, createdAt: now, updatedAt: now })
      .run();
  ["ann", "bob", "cas"].forEach(mkUser);
  const ws = createWorkspace(t.db, { name: "Shop", currency: "EUR", timezone: "Europe/Amsterdam", locale: "nl" });
  addMember(t.db, ws.id, "ann", "owner");
  return { db: t.db as Db, ws };
}

describe("memberships", () => {
  it("keeps at least one owner", () => {
    const { db, ws: workspace } = setup();
    expect(() => changeMemberRole(db, workspace.id, "ann", "viewer")).toThrow(AppFailure);
    expect(() => changeMemberRole(db, workspace.id, "ann", null)).toThrow(/at least one owner/);
    addMember(db, workspace.id, "bob", "owner");
    changeMemberRole(db, workspace.id, "ann", "editor");
    expect(getMembership(db, "ann", workspace.slug)?.role).toBe("editor");
    changeMemberRole(db, workspace.id, "ann", null);
    expect(getMembership(db, "ann", workspace.slug)).toBeUndefined();
    expect(listMembers(db, workspace.id).map((m) => m.email)).toEqual(["bob@x.nl"]);
  });

  it("does not reveal or touch another workspace", () => {
    const { db, ws: workspace } = setup();
    const other = createWorkspace(db, { name: "Shop", currency: "EUR", timezone: "UTC", locale: "en" });
    expect(other.slug).toBe("shop-2");
    expect(getMembership(db, "ann", other.slug)).toBeUndefined();
    expect(() => changeMemberRole(db, other.id, "ann", "viewer")).toThrow(/not a member/);
    expect(getMembership(db, "ann", workspace.slug)?.role).toBe("owner");
  });
});

describe("invites", () => {
  it("work once, and not after revocation or expiry", () => {
    const { db, ws: workspace } = setup();
    createInvite(db, { workspaceId: workspace.id, tokenHash: "h1", role: "viewer", createdBy: "ann" });
    const invite = findOpenInvite(db, "h1");
    expect(invite).toMatchObject({ workspaceSlug: workspace.slug, role: "viewer" });
    acceptInvite(db, invite!, "bob");
    expect(getMembership(db, "bob", workspace.slug)?.role).toBe("viewer");
    expect(findOpenInvite(db, "h1")).toBeUndefined();
    expect(() => acceptInvite(db, invite!, "cas")).toThrow(/already been used/);
    expect(getMembership(db, "cas", workspace.slug)).toBeUndefined();

    const { id } = createInvite(db, { workspaceId: workspace.id, tokenHash: "h2", role: "editor", createdBy: "ann" });
    expect(listPendingInvites(db, workspace.id).map((i) => i.id)).toEqual([id]);
    expect(revokeInvite(db, workspace.id + 1, id)).toBe(false); // another workspace cannot revoke it
    expect(revokeInvite(db, workspace.id, id)).toBe(true);
    expect(findOpenInvite(db, "h2")).toBeUndefined();

    createInvite(db, { workspaceId: workspace.id, tokenHash: "h3", role: "editor", createdBy: "ann" });
    const eightDaysOn = new Date(Date.now() + 8 * 86_400_000);
    expect(findOpenInvite(db, "h3", eightDaysOn)).toBeUndefined();
    expect(findOpenInvite(db, "h3")).toBeDefined();
  });

  it("never lower a role: a sole owner accepting a viewer invite stays owner; a viewer accepting an editor invite becomes editor", () => {
    const { db, ws: workspace } = setup();
    createInvite(db, { workspaceId: workspace.id, tokenHash: "low", role: "viewer", createdBy: "ann" });
    acceptInvite(db, findOpenInvite(db, "low")!, "ann");
    expect(getMembership(db, "ann", workspace.slug)?.role).toBe("owner");
    createInvite(db, { workspaceId: workspace.id, tokenHash: "v", role: "viewer", createdBy: "ann" });
    acceptInvite(db, findOpenInvite(db, "v")!, "bob");
    createInvite(db, { workspaceId: workspace.id, tokenHash: "up", role: "editor", createdBy: "ann" });
    acceptInvite(db, findOpenInvite(db, "up")!, "bob");
    expect(getMembership(db, "bob", workspace.slug)?.role).toBe("editor");
  });

  it("are taken once before an account is made for them; a failed account gives the invite back", () => {
    const { db, ws: workspace } = setup();
    createInvite(db, { workspaceId: workspace.id, tokenHash: "once", role: "editor", createdBy: "ann" });
    const invite = findOpenInvite(db, "once")!;
    claimInvite(db, invite);
    // A second, concurrent accept finds it taken before it makes any account.
    expect(() => claimInvite(db, invite)).toThrow(/already been used/);
    expect(findOpenInvite(db, "once")).toBeUndefined();
    releaseInvite(db, invite); // the first one's account could not be made
    expect(findOpenInvite(db, "once")).toBeDefined();
    claimInvite(db, invite);
    completeInvite(db, invite, "bob");
    expect(getMembership(db, "bob", workspace.slug)?.role).toBe("editor");
    releaseInvite(db, invite); // no effect once used by someone
    expect(findOpenInvite(db, "once")).toBeUndefined();
  });
});
