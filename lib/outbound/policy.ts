import { getEnv } from "@/lib/env";

type PolicyEnv = { PRIVATE_NETWORK_PROVIDERS?: "allow" | "deny"; SIGNUP?: "open" | "invite" | "closed" };

/**
 * Whether connections and webhooks may reach loopback and private addresses: PRIVATE_NETWORK_PROVIDERS when set,
 * otherwise "allow", except "deny" where anyone may sign up (a stranger's connection must not probe the network).
 */
export function privateNetworkPolicy(env: PolicyEnv = getEnv()): "allow" | "deny" {
  return env.PRIVATE_NETWORK_PROVIDERS ?? (env.SIGNUP === "open" ? "deny" : "allow");
}
