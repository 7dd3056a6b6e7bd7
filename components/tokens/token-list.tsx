"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { revokeTokenAction } from "@/app/(app)/settings/tokens/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { TokenView } from "@/lib/api-tokens/queries";

function stateOf(token: TokenView, now: number): "revoked" | "expired" | "active" {
  if (token.revokedAt) return "revoked";
  if (token.expiresAt && token.expiresAt.getTime() <= now) return "expired";
  return "active";
}

/** The caller's tokens with their scopes and dates; an active one can be revoked after a confirmation. */
export function TokenList({ tokens }: { tokens: TokenView[] }) {
  const t = useTranslations("apiTokens");
  const format = useFormatter();
  const [revoking, setRevoking] = useState<TokenView | null>(null);
  const revoke = useActionForm(revokeTokenAction, { onSuccess: () => setRevoking(null) });
  const [now] = useState(() => Date.now());
  const date = (value: Date | null, empty: string) => (value ? format.dateTime(value, { dateStyle: "medium" }) : empty);

  if (!tokens.length) return <p className="text-sm text-fg-muted">{t("none")}</p>;
  return (
    <>
      <ul className="divide-y divide-border rounded-md border border-border">
        {tokens.map((token) => {
          const state = stateOf(token, now);
          return (
            <li key={token.id} className="flex flex-wrap items-start justify-between gap-3 p-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {token.name} <span className="font-mono text-xs text-fg-muted">fp_…{token.lastFour}</span>
                  {state !== "active" && (
                    <span className="ml-2 rounded bg-muted px-1.5 py-0.5 text-xs text-fg-muted">
                      {t(`state.${state}`)}
                    </span>
                  )}
                </p>
                <p className="mt-1 text-fg-muted">
                  {token.scopes.map((scope) => t(`scopeNames.${scope}`)).join(" · ")}
                </p>
                <p className="mt-1 text-xs text-fg-muted">
                  {t("dates", {
                    created: date(token.createdAt, ""),
                    used: date(token.lastUsedAt, t("neverUsed")),
                    expires: date(token.expiresAt, t("never")),
                  })}
                </p>
              </div>
              {state === "active" && (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => setRevoking(token)}
                  aria-label={t("revokeNamed", { name: token.name })}
                >
                  {t("revoke")}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {revoking && (
        <ConfirmDialog
          title={t("revokeTitle", { name: revoking.name })}
          description={t("revokeText")}
          confirmLabel={t("revokeConfirm")}
          pendingLabel={t("revoking")}
          cancelLabel={t("cancel")}
          pending={revoke.pending}
          error={revoke.formError}
          onConfirm={() => revoke.run({ tokenId: revoking.id })}
          onClose={() => setRevoking(null)}
        />
      )}
    </>
  );
}
