/** The rules for where the server may send a request, and the error that names the rule a request broke. */
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import type { z } from "zod";
import { classifyAddress } from "./address";
import { type PrivateNetworkPolicy, privateNetworkPolicy } from "./policy";

export const OUTBOUND_RULES = [
  "badScheme",
  "metadata",
  "linkLocal",
  "reserved",
  "privateNetwork",
  "redirectToOtherHost",
  "unresolvable",
] as const;
export type OutboundRule = (typeof OUTBOUND_RULES)[number];

export class OutboundBlockedError extends Error {
  readonly rule: OutboundRule;
  /** the address, host or redirect target the rule refused */
  readonly host: string;

  constructor(rule: OutboundRule, host: string) {
    super(`Outbound request blocked (${rule}): ${host}`);
    this.name = "OutboundBlockedError";
    this.rule = rule;
    this.host = host;
  }
}

/** The refusal inside whatever wrapped it (undici's "fetch failed", the SDK's connection error), if any. */
export function findOutboundBlock(error: unknown): OutboundBlockedError | null {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if (cause instanceof OutboundBlockedError) return cause;
  }
  return null;
}

type OutboundCheck = { ok: true } | { ok: false; rule: OutboundRule; host: string };

/** Host names that stand for an address class without asking DNS. */
const NAMED_HOSTS: Record<string, string> = {
  localhost: "127.0.0.1",
  "metadata.google.internal": "169.254.169.254",
  "metadata.goog": "169.254.169.254",
};

/**
 * Checks one resolved (or literal) IP address against the rules. `policy` defaults to what the environment alone
 * says; a request passes the installation's effective one.
 */
export function checkAddress(ip: string, policy: PrivateNetworkPolicy = privateNetworkPolicy()): OutboundCheck {
  const kind = classifyAddress(ip);
  if (kind === "public") return { ok: true };
  if (kind === "private") {
    return policy === "allow" ? { ok: true } : { ok: false, rule: "privateNetwork", host: ip };
  }
  return { ok: false, rule: kind, host: ip };
}

/** The IP a URL's host stands for without a DNS lookup (a literal, localhost), or null for a name to resolve. */
function literalAddress(hostname: string): string | null {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "");
  if (isIP(host)) return host;
  if (host.endsWith(".localhost")) return "127.0.0.1";
  return NAMED_HOSTS[host] ?? null;
}

/**
 * The check a URL gets before it is saved (connections, webhooks, imported archives) and before each request:
 * http(s) only, and a literal host must not be an address the rules refuse. Names are checked again, address by
 * address, when the request resolves them.
 */
export function checkOutboundUrl(value: string | URL, policy?: PrivateNetworkPolicy): OutboundCheck {
  const url = typeof value === "string" ? (URL.canParse(value) ? new URL(value) : null) : value;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return { ok: false, rule: "badScheme", host: url?.protocol ?? "" };
  }
  const address = literalAddress(url.hostname);
  if (address === null) return { ok: true };
  const check = checkAddress(address, policy);
  return check.ok ? check : { ...check, host: url.hostname.replace(/^\[|\]$/g, "") };
}

/** Whether a URL's host is this machine itself (loopback), without asking DNS. */
export function isLoopbackHost(hostname: string): boolean {
  const address = literalAddress(hostname);
  return address !== null && ipaddr.process(address).range() === "loopback";
}

/**
 * A zod refinement for an address the server will call, so a form refuses what the guard would: a URL that is not
 * http(s) gets `invalidCode`, a forbidden host the rule's message key (`outbound.<rule>`, with the host).
 */
export function refineOutboundUrl(invalidCode: string) {
  return (value: string, context: z.RefinementCtx) => {
    const check = checkOutboundUrl(value);
    if (check.ok) return;
    context.addIssue(
      check.rule === "badScheme"
        ? { code: "custom", message: invalidCode }
        : { code: "custom", message: `outbound.${check.rule}`, params: { host: check.host } },
    );
  };
}
