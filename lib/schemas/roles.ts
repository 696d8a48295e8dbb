// Roles of a workspace member: viewers read, editors import and edit, owners manage members and delete data.
export const ROLES = ["owner", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];
