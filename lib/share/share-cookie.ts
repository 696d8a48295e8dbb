/** The unlock cookie of one share link: its own name, and sent only to that link's own URLs. */
export const shareCookieName = (linkId: number) => `liftboard_share_${linkId}`;
export const shareCookiePath = (token: string) => `/share/${token}`;
