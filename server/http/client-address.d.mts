import type { BlockList } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";

export const CLIENT_IP_HEADER: "x-liftboard-client-ip";
export function clientAddressTrusted(): boolean;
export function trustClientAddressHeader(): void;
export function trustedProxies(spec: string | undefined): BlockList | null;
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: BlockList | null): string | null;
export function withClientAddress(
  handler: (req: IncomingMessage, res: ServerResponse) => unknown,
  trusted: BlockList | null,
): (req: IncomingMessage, res: ServerResponse) => unknown;
