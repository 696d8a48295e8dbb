// Plain JavaScript: the server entry (server.mjs) loads it before Next.js, with no TypeScript loader.
import { BlockList, isIP } from "node:net";

/** The header the server entry sets to the client's address. Any copy a client sends is removed first. */
export const CLIENT_IP_HEADER = "x-liftboard-client-ip";

// Set by withClientAddress: only then does the header come from the server entry, not from a client
// (under `next dev` or a bare `next start` nothing removes a client's copy).
const ENTRY_MARK = Symbol.for("liftboard.clientAddressFromEntry");

/** Whether this process serves through withClientAddress, so that CLIENT_IP_HEADER can be trusted. */
export function clientAddressTrusted() {
  return globalThis[ENTRY_MARK] === true;
}

/** Called by the server entry before Next.js loads: from now on CLIENT_IP_HEADER is the entry's own. */
export function trustClientAddressHeader() {
  globalThis[ENTRY_MARK] = true;
}

// An address as proxies write it: without a port ("198.51.100.7:4711", "[2001:db8::1]:443"), IPv4-mapped
// IPv6 as IPv4.
const plain = (address) => {
  let a = address?.trim();
  if (!a) return a;
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(":"));
  return a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
};

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
    if (!family || rest.length || (prefix !== undefined && !/^\d+$/.test(prefix)) || bits > (family === 6 ? 128 : 32)) {
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
    .map((s) => plain(s))
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
  trustClientAddressHeader();
  return (req, res) => {
    delete req.headers[CLIENT_IP_HEADER];
    const address = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trusted);
    if (address) req.headers[CLIENT_IP_HEADER] = address;
    return handler(req, res);
  };
}
