"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext } from "react";
import { cn } from "@/components/ui/cn";
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

type DeniedHintProps = {
  reason: string | undefined;
  /** the wrapper's layout, for a group of controls that must keep theirs */
  className?: string;
  children: ReactNode;
};

/** Wraps a disabled control so the reason shows on hover and to keyboard and screen-reader users. */
export function DeniedHint({ reason, className = "inline-flex", children }: DeniedHintProps) {
  if (!reason) return children;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the disabled control can't take focus, its reason must
    <span title={reason} tabIndex={0} className={cn(className, "rounded-md focus-visible:outline-2")} data-denied>
      {children}
      <span className="sr-only">{reason}</span>
    </span>
  );
}

type PermittedLinkProps = { permission: Permission; href: string; className: string; children: ReactNode };

/** A link to a page whose purpose needs `permission`; without it, the same words as a disabled button, with the reason. */
export function PermittedLink({ permission, href, className, children }: PermittedLinkProps) {
  const denied = useDenied(permission);
  if (!denied)
    return (
      <Link href={href} className={className}>
        {children}
      </Link>
    );
  return (
    <DeniedHint reason={denied}>
      <button type="button" disabled className={cn(className, "pointer-events-none opacity-60")}>
        {children}
      </button>
    </DeniedHint>
  );
}
