import type { Role } from "@/lib/schemas/roles";

const RANK: Record<Role, number> = { viewer: 1, editor: 2, owner: 3 };

/** Viewers read, editors also import and edit, owners also manage members and delete data. */
export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}
