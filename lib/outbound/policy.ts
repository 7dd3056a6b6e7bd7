import { getEnv } from "@/lib/env";

export type PrivateNetworkPolicy = "allow" | "deny";

/**
 * Whether connections and webhooks may reach loopback and private addresses: PRIVATE_NETWORK_PROVIDERS when set,
 * otherwise "allow", except "deny" where anyone may sign up (a stranger's connection must not probe the network).
 * `signupMode` is the installation's effective sign-up mode (the variable SIGNUP, or what an admin chose).
 */
export function privateNetworkPolicy({
  variable = getEnv().PRIVATE_NETWORK_PROVIDERS,
  signupMode = getEnv().SIGNUP,
}: {
  variable?: PrivateNetworkPolicy;
  signupMode?: "open" | "invite" | "closed";
} = {}): PrivateNetworkPolicy {
  return variable ?? (signupMode === "open" ? "deny" : "allow");
}
