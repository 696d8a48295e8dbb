// Plain JavaScript: the server entry (server.mjs) loads it before Next.js, with no TypeScript loader.
import { BlockList, isIP } from "node:net";

/** The header the server entry sets to the client's address. Any copy a client sends is removed first. */
export const CLIENT_IP_HEADER = "x-liftboard-client-ip";

const plain = (address) => (address?.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address);

/**
 * The proxies LIFTBOARD_TRUSTED_PROXIES names (addresses or CIDR ranges, comma-separated), or null when
 * unset. A wrong entry stops the server with its reason: a typo must not quietly trust nobody.
 * @param {string | undefined} spec
 * @returns {BlockList | null}
 */
export function trustedProxies(spec) {
  const entries = (spec ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const list = new BlockList();
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
    if (!family || rest.length || !/^\d*$/.test(prefix ?? "") || bits > (family === 6 ? 128 : 32)) {
      throw new Error(`LIFTBOARD_TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8 or 2001:db8::/32.`);
    }
    list.addSubnet(address, bits, family === 6 ? "ipv6" : "ipv4");
  }
  return list;
}

const isTrusted = (trusted, address) => {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? "ipv6" : "ipv4");
};

/**
 * Who sent a request: the connection's peer, unless that peer is a trusted proxy. Then it is the
 * right-most address in X-Forwarded-For that is not a trusted proxy, since every proxy appends the
 * address it got the request from and only the left part can be made up by the client.
 * @param {string | undefined} peer the socket's remote address
 * @param {string | string[] | undefined} forwardedFor
 * @param {BlockList | null} trusted
 * @returns {string | null}
 */
export function clientAddress(peer, forwardedFor, trusted) {
  const from = plain(peer);
  if (!from || !trusted || !isTrusted(trusted, from)) return from ?? null;
  const hops = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((s) => plain(s.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isIP(hops[i])) return from; // a hop that is no address: the chain cannot be read past it
    if (!isTrusted(trusted, hops[i])) return hops[i];
  }
  return hops[0] ?? from;
}

/**
 * Wraps Next.js's request handler: each request carries the client's address in CLIENT_IP_HEADER, worked
 * out from the socket, never taken from what the client claims.
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 * @param {BlockList | null} trusted
 */
export function withClientAddress(handler, trusted) {
  return (req, res) => {
    delete req.headers[CLIENT_IP_HEADER];
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    if (address) req.headers[CLIENT_IP_HEADER] = address;
    return handler(req, res);
  };
}
