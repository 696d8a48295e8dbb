// Serves the production build (`npm run serve`). Next.js's own `next start` fills X-Forwarded-For with the
// peer's address only when the client sent none, so behind it a client could name any address it liked and
// dodge every per-address limit. This entry works the address out from the connection instead
// (server/http/client-address.mjs) and trusts forwarded headers only from LIFTBOARD_TRUSTED_PROXIES.
import { createServer } from "node:http";
import { trustClientAddressHeader, trustedProxies, withClientAddress } from "./server/http/client-address.mjs";

process.env.NODE_ENV = "production";
const port = Number(process.env.PORT || 3000);
const hostname = process.env.LIFTBOARD_HOST || undefined;

let trusted;
try {
  trusted = trustedProxies(process.env.LIFTBOARD_TRUSTED_PROXIES);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

trustClientAddressHeader(); // before Next.js loads: sign-in's limits are set up at start
const { default: next } = await import("next");
const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const server = createServer(withClientAddress(app.getRequestHandler(), trusted));
server.listen(port, hostname, () => {
  console.log(`Liftboard on http://${hostname ?? "localhost"}:${port}${trusted ? " (trusting X-Forwarded-For from LIFTBOARD_TRUSTED_PROXIES)" : ""}`);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
