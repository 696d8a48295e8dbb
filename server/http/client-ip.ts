import { CLIENT_IP_HEADER, clientAddressTrusted } from "./client-address.mjs";

/** The client's address as the server entry worked it out (server.mjs), or null when the app runs
 * without it (`next dev`, a bare `next start`): then a client could write the header itself. Never
 * X-Forwarded-For itself: any client can write that. */
export function clientIpOf(headers: Headers): string | null {
  return clientAddressTrusted() ? headers.get(CLIENT_IP_HEADER) || null : null;
}
