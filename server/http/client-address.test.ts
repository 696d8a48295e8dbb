import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientAddress, trustedProxies, withClientAddress } from "./client-address.mjs";

describe("clientAddress", () => {
  it("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", null)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", undefined, null)).toBe("198.51.100.7");
    expect(clientAddress("2001:db8::1", "203.0.113.1", trustedProxies("10.0.0.0/8"))).toBe("2001:db8::1");
  });

  it("behind a trusted proxy, is the right-most forwarded address that is not a trusted proxy", () => {
    const trusted = trustedProxies("10.0.0.0/8, 192.0.2.10");
    // The client wrote 203.0.113.66 itself; the proxy appended the address it really came from.
    expect(clientAddress("10.1.2.3", "203.0.113.66, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.1.2.3", "198.51.100.7, 192.0.2.10", trusted)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:10.1.2.3", ["198.51.100.7", "10.9.9.9"], trusted)).toBe("198.51.100.7");
    // A request that reached the app without going through the proxy cannot claim an address.
    expect(clientAddress("198.51.100.99", "203.0.113.1", trusted)).toBe("198.51.100.99");
    // A hop that is no address stops the walk at the proxy.
    expect(clientAddress("10.1.2.3", "198.51.100.7, unknown", trusted)).toBe("10.1.2.3");
    expect(clientAddress("10.1.2.3", undefined, trusted)).toBe("10.1.2.3");
  });

  it("refuses a proxy list it cannot read, naming the entry", () => {
    expect(trustedProxies(undefined)).toBeNull();
    expect(trustedProxies(" , ")).toBeNull();
    for (const bad of ["10.0.0.0/33", "proxy.internal", "10.0.0.0/x", "2001:db8::/129"]) {
      expect(() => trustedProxies(`192.0.2.1, ${bad}`), bad).toThrow(`"${bad}" is not an IP address or a CIDR range`);
    }
    expect(trustedProxies("2001:db8::/32")?.check("2001:db8:1::5", "ipv6")).toBe(true);
  });
});

describe("withClientAddress", () => {
  it("hands Next.js the address from the connection and drops one the client sent", async () => {
    let seen: IncomingHttpHeaders = {};
    const server = createServer(
      withClientAddress((req, res) => {
        seen = req.headers;
        res.end("ok");
      }, null),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await new Promise<void>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, headers: { [CLIENT_IP_HEADER]: "203.0.113.1", "x-forwarded-for": "203.0.113.2" } }, (res) => {
          res.resume();
          res.on("end", resolve);
        });
        req.on("error", reject);
        req.end();
      });
      expect(seen[CLIENT_IP_HEADER]).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});

describe("review fixes", () => {
  it("refuses a range with an empty prefix, which would trust every address", () => {
    expect(() => trustedProxies("10.0.0.0/")).toThrow('"10.0.0.0/" is not an IP address or a CIDR range');
  });
  it("reads forwarded hops written with a port", () => {
    const trusted = trustedProxies("10.0.0.0/8");
    expect(clientAddress("10.0.0.2", "198.51.100.7:4711", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", "[2001:db8::1]:443", trusted)).toBe("2001:db8::1");
    expect(clientAddress("10.0.0.2", "203.0.113.5, 10.0.0.9:80", trusted)).toBe("203.0.113.5");
  });
});
