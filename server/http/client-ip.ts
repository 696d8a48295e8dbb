import { CLIENT_IP_HEADER } from "./client-address.mjs";

/** The client's address as the server entry worked it out (server.mjs), or null when the app runs
 * without it (`next dev`). Never X-Forwarded-For itself: any client can write that. */
export function clientIpOf(headers: Headers): string | null {
  return headers.get(CLIENT_IP_HEADER) || null;
}
