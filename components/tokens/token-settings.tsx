"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TokenView } from "@/lib/api-tokens/queries";
import { TokenCreateForm } from "./token-create-form";
import { TokenList } from "./token-list";
import { TokenSecret } from "./token-secret";

/** The caller's API tokens: a new one (shown once), the form to make one, and the list. */
export function TokenSettings({ tokens }: { tokens: TokenView[] }) {
  const t = useTranslations("apiTokens");
  const [created, setCreated] = useState<{ token: string; name: string; count: number } | null>(null);
  return (
    <div className="flex flex-col gap-6">
      {created && <TokenSecret name={created.name} token={created.token} onDone={() => setCreated(null)} />}
      <section aria-labelledby="token-create-title">
        <h2 id="token-create-title" className="mb-3 font-semibold">
          {t("createTitle")}
        </h2>
        {/* A new key after each token empties the form for the next one. */}
        <TokenCreateForm
          key={created?.count ?? 0}
          onCreated={(made) => setCreated({ ...made, count: (created?.count ?? 0) + 1 })}
        />
      </section>
      <section aria-labelledby="token-list-title">
        <h2 id="token-list-title" className="mb-3 font-semibold">
          {t("yourTokens")}
        </h2>
        <TokenList tokens={tokens} />
      </section>
    </div>
  );
}
