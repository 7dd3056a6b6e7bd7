/**
 * The one door out: a `fetch` for every request the server sends to an address a person entered (provider SDK
 * clients, webhooks). It resolves host names itself, refuses the request when any resolved address breaks a rule,
 * connects to the address it checked, and follows redirects only within the same origin.
 */
import "server-only";
import dns from "node:dns";
import type { LookupFunction } from "node:net";
import { Agent, type Dispatcher, fetch, FormData as UndiciFormData, type RequestInit as UndiciInit } from "undici";
import { logger } from "@/lib/logger";
import { checkAddress, checkOutboundUrl, findOutboundBlock, OutboundBlockedError } from "./check";
import { type PrivateNetworkPolicy, privateNetworkPolicy } from "./policy";

/** Same-origin redirects followed for one request; more is a loop. */
export const MAX_REDIRECTS = 5;

export type ResolvedAddress = { address: string; family: number };
/** Resolves a host name to every address it has (replaceable in tests). */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

type OutboundFetch = ((input: string | URL | Request, init?: RequestInit) => Promise<Response>) & {
  Response: typeof Response;
};

const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** The socket's lookup: every address is checked, and the socket connects only to the addresses checked. */
function guardedLookup(resolve: Resolve, policy: PrivateNetworkPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((all) => {
        // Every answer is checked, also those of the family not asked for: one bad address refuses the name.
        for (const { address } of all) {
          const check = checkAddress(address, policy);
          if (!check.ok) throw new OutboundBlockedError(check.rule, `${hostname} (${address})`);
        }
        const addresses = options.family ? all.filter((entry) => entry.family === options.family) : all;
        const [first] = addresses;
        if (!first) throw new OutboundBlockedError("unresolvable", hostname);
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, ""));
  };
}

/** One connection pool per private-network policy, so a pooled socket never outlives the rule it was checked by. */
const systemAgents = new Map<PrivateNetworkPolicy, Agent>();

function agentFor(resolve: Resolve | undefined, policy: PrivateNetworkPolicy): Agent {
  if (resolve) return new Agent({ connect: { lookup: guardedLookup(resolve, policy) } });
  let agent = systemAgents.get(policy);
  if (!agent) {
    agent = new Agent({ connect: { lookup: guardedLookup(systemResolve, policy) } });
    systemAgents.set(policy, agent);
  }
  return agent;
}

/** The SDK builds multipart bodies with Node's own FormData class, which this undici does not recognise. */
function portableBody(body: RequestInit["body"]): UndiciInit["body"] {
  if (!(body instanceof FormData)) return body as UndiciInit["body"];
  const copy = new UndiciFormData();
  for (const [name, value] of body.entries()) copy.append(name, value);
  return copy;
}

/**
 * The same response as the platform's own Response class, which callers test with instanceof (Headers too); the
 * body stream is handed over as it is, never read ahead.
 */
function asGlobalResponse(response: Awaited<ReturnType<typeof fetch>>): Response {
  const { status, statusText, url } = response;
  const global = new Response(response.body as ReadableStream | null, {
    status,
    statusText,
    headers: new Headers([...response.headers]),
  });
  Object.defineProperty(global, "url", { value: url });
  return global;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** A redirect that turns the request into a GET, dropping its body (as browsers do). */
function becomesGet(status: number, method: string): boolean {
  return status === 303 ? method !== "HEAD" : (status === 301 || status === 302) && method === "POST";
}

/**
 * A guarded fetch. `trustedOrigin` exempts exactly one origin from the address rules (the app's own Sandbox,
 * called at APP_URL); redirects away from it are refused all the same. `policy` tells, at each request, whether
 * private networks may be reached (by default what the environment says).
 */
export function createGuardedFetch(
  options: { trustedOrigin?: string; resolve?: Resolve; policy?: () => Promise<PrivateNetworkPolicy> } = {},
): OutboundFetch {
  const currentPolicy = options.policy ?? (async () => privateNetworkPolicy());

  async function send(url: URL, init: RequestInit, dispatcher: Dispatcher | undefined): Promise<Response> {
    const request = { ...init, body: portableBody(init.body), redirect: "manual", dispatcher } as UndiciInit;
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, request);
    } catch (error) {
      throw findOutboundBlock(error) ?? error;
    }
    return asGlobalResponse(response);
  }

  async function guardedFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    // The SDK and the webhook sender pass a URL and options; a Request would carry options this guard cannot see.
    if (input instanceof Request) throw new TypeError("The outbound guard takes a URL and options, not a Request");
    const start = new URL(input);
    // Redirects stay within the start's origin, so whether the rules apply is decided once, and the trusted
    // origin (the app's own Sandbox) costs no policy lookup.
    const policy = start.origin === options.trustedOrigin ? null : await currentPolicy();
    const dispatcher = policy ? agentFor(options.resolve, policy) : undefined;
    let url = start;
    let request: RequestInit = { ...init };
    for (let hop = 0; ; hop++) {
      if (policy) {
        const check = checkOutboundUrl(url, policy);
        if (!check.ok) throw new OutboundBlockedError(check.rule, check.host);
      }
      const response = await send(url, request, dispatcher);
      const location = REDIRECTS.has(response.status) ? response.headers.get("location") : null;
      if (!location || init.redirect === "manual") return response;
      const next = new URL(location, url);
      await response.body?.cancel();
      if (next.origin !== start.origin) throw new OutboundBlockedError("redirectToOtherHost", next.host);
      if (init.redirect === "error") throw new TypeError(`Redirected from ${url}, which the caller refuses`);
      if (hop >= MAX_REDIRECTS) throw new TypeError(`Too many redirects from ${start}`);
      const method = (request.method ?? "GET").toUpperCase();
      if (becomesGet(response.status, method)) {
        request = { ...request, method: method === "HEAD" ? "HEAD" : "GET", body: undefined };
      } else if (request.body instanceof ReadableStream) {
        throw new TypeError(`Cannot repeat a streamed body for the redirect from ${url}`);
      }
      url = next;
    }
  }

  const outboundFetch = async (input: string | URL | Request, init?: RequestInit) => {
    try {
      return await guardedFetch(input, init);
    } catch (error) {
      // Callers see a wrapped error at best (the SDK's "Connection error."): the log names the rule and the address.
      if (error instanceof OutboundBlockedError) logger.warn(error.message);
      throw error;
    }
  };
  // The SDK asks `fetch.Response` whether multipart bodies work; without it, it would fetch "data:," to find out.
  return Object.assign(outboundFetch, { Response });
}
