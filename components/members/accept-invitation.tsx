"use client";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/invite/[token]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations("team.accept");
  // A full load: the whole app (menus, rights) now belongs to the joined workspace.
  const accept = useActionForm(acceptInvitationAction, { onSuccess: () => window.location.assign("/") });
  return (
    <div className="flex flex-col gap-3">
      {accept.formError && <Alert>{accept.formError}</Alert>}
      <Button pending={accept.pending} onClick={() => accept.run({ token })}>
        {accept.pending ? t("joining") : t("join")}
      </Button>
    </div>
  );
}
