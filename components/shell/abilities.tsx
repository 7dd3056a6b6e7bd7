"use client";
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import type { Abilities, Permission } from "@/lib/auth/policy";

const AbilitiesContext = createContext<Abilities | null>(null);

/** What the signed-in person's role allows, from the layout; buttons use it to hide or disable themselves. */
export function AbilitiesProvider({ abilities, children }: { abilities: Abilities; children: ReactNode }) {
  return <AbilitiesContext value={abilities}>{children}</AbilitiesContext>;
}

/**
 * Why the caller may not do `permission`, in words for a tooltip; undefined when they may.
 * Outside the app shell (no provider) nothing is refused here: the server decides anyway.
 */
export function useDenied(permission: Permission): string | undefined {
  const abilities = useContext(AbilitiesContext);
  const t = useTranslations("team.denied");
  return abilities && !abilities[permission] ? t(permission) : undefined;
}

/** Wraps a disabled control so the reason shows on hover and to keyboard and screen-reader users. */
export function DeniedHint({ reason, children }: { reason: string | undefined; children: ReactNode }) {
  if (!reason) return children;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the disabled control can't take focus, its reason must
    <span title={reason} tabIndex={0} className="inline-flex rounded-md focus-visible:outline-2" data-denied>
      {children}
      <span className="sr-only">{reason}</span>
    </span>
  );
}
