export const SHARE_LINK_STATUSES = ["active", "expired", "revoked"] as const;
export type ShareLinkStatus = (typeof SHARE_LINK_STATUSES)[number];

/** Revocation wins over expiry; a link is expired from the exact moment `expiresAt` (inclusive). */
export function getShareLinkStatus(link: { expiresAt: Date | null; revokedAt: Date | null }, now: Date): ShareLinkStatus {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && now.getTime() >= link.expiresAt.getTime()) return "expired";
  return "active";
}
