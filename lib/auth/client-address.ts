/**
 * The address a request came from, for rate limits. The app's server (scripts/serve.ts) works it out from the
 * socket, and from X-Forwarded-For only with TRUST_PROXY=on, and puts it on CLIENT_ADDRESS_HEADER, replacing
 * whatever the client sent there; route handlers and actions read it back with clientAddressFrom.
 */
import ipaddr from "ipaddr.js";

export const CLIENT_ADDRESS_HEADER = "x-ftp-client-address";

/** Hops on these ranges are taken to be our own reverse proxies. */
const PROXY_RANGES = new Set(["loopback", "private", "uniqueLocal", "linkLocal"]);

function parse(hop: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // "[::1]:8080" and "203.0.113.7:51234" carry a port some proxies add.
  const bare = hop
    .trim()
    .replace(/^\[(.*)\](?::\d+)?$/, "$1")
    .replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, "$1");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

function isProxy(address: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  return PROXY_RANGES.has(address.range());
}

/**
 * Without a trusted proxy, the socket's address. With one, the right-most hop of X-Forwarded-For that is not
 * one of our proxies (loopback or private), walking from the socket leftwards: hops further left were written
 * by the client and prove nothing. A request that did not come through a proxy keeps its socket address, and
 * a hop that is not an address ends the walk at the last proxy passed.
 */
export function resolveClientAddress(request: {
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustProxy: boolean;
}): string {
  const socket = request.socketAddress ? parse(request.socketAddress) : null;
  if (!socket) return "unknown";
  if (!request.trustProxy || !isProxy(socket)) return socket.toString();
  const hops = [request.forwardedFor ?? []].flat().flatMap((value) => value.split(","));
  let nearest = socket;
  for (const hop of hops.reverse()) {
    const address = parse(hop);
    if (!address) break;
    nearest = address;
    if (!isProxy(address)) break;
  }
  return nearest.toString();
}

/** The client address the server put on the request; "unknown" when it runs without scripts/serve.ts. */
export function clientAddressFrom(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
}
