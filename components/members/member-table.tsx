"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { changeMemberRoleAction, removeMemberAction } from "@/app/(app)/members/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { DeniedHint, useDenied } from "@/components/shell/abilities";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Role } from "@/lib/workspaces/roles";
import { assignableRoles } from "./role-options";

type Member = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

type MemberTableProps = {
  members: Member[];
  currentUserId: string;
  canManage: boolean;
  canManageOwners: boolean;
};

export function MemberTable({ members, currentUserId, canManage, canManageOwners }: MemberTableProps) {
  const t = useTranslations("team");
  const format = useFormatter();
  const denied = useDenied("members.manage");
  const cannotManageOwners = useDenied("owners.manage");
  const [removing, setRemoving] = useState<Member | null>(null);
  const changeRole = useActionForm(changeMemberRoleAction);
  const remove = useActionForm(removeMemberAction, { onSuccess: () => setRemoving(null) });
  const editable = (member: Member) =>
    canManage && member.userId !== currentUserId && (member.role !== "owner" || canManageOwners);
  /** Why the caller can't change this member: admins manage members, only owners manage owners. */
  const deniedFor = (member: Member) => denied ?? (member.role === "owner" ? cannotManageOwners : undefined);
  return (
    <>
      {changeRole.formError && (
        <div className="p-3">
          <Alert>{changeRole.formError}</Alert>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="member-table">
          <thead className="border-b border-border text-xs text-fg-muted uppercase">
            <tr>
              <th className="px-4 py-2 font-medium">{t("members.name")}</th>
              <th className="px-4 py-2 font-medium">{t("members.role")}</th>
              <th className="hidden px-4 py-2 font-medium sm:table-cell">{t("members.joined")}</th>
              <th className="px-4 py-2">
                <span className="sr-only">{t("members.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {members.map((member) => (
              <tr key={member.userId} data-testid={`member-${member.email}`}>
                <td className="px-4 py-3">
                  <p className="font-medium">
                    {member.name}
                    {member.userId === currentUserId && (
                      <span className="ml-1 text-fg-muted">({t("members.you")})</span>
                    )}
                  </p>
                  <p className="text-xs break-all text-fg-muted">{member.email}</p>
                </td>
                <td className="px-4 py-3">
                  {editable(member) ? (
                    <select
                      aria-label={t("members.changeRole", { name: member.name })}
                      value={member.role}
                      disabled={changeRole.pending}
                      onChange={(event) => changeRole.run({ userId: member.userId, role: event.target.value as Role })}
                      className="rounded-md border border-border bg-surface px-2 py-1"
                    >
                      {assignableRoles(canManageOwners || member.role === "owner").map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span title={member.userId === currentUserId ? undefined : deniedFor(member)}>
                      {t(`roles.${member.role}`)}
                    </span>
                  )}
                </td>
                <td className="hidden px-4 py-3 text-fg-muted sm:table-cell">
                  {format.dateTime(member.joinedAt, { dateStyle: "medium" })}
                </td>
                <td className="px-4 py-3 text-right">
                  {member.userId !== currentUserId && (
                    <DeniedHint reason={editable(member) ? undefined : deniedFor(member)}>
                      <Button
                        size="sm"
                        variant="secondary"
                        disabled={!editable(member)}
                        onClick={() => setRemoving(member)}
                      >
                        {t("members.remove")}
                      </Button>
                    </DeniedHint>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {removing && (
        <ConfirmDialog
          title={t("members.removeTitle", { name: removing.name })}
          description={t("members.removeBody", { name: removing.name })}
          confirmLabel={t("members.remove")}
          pendingLabel={t("members.remove")}
          cancelLabel={t("cancel")}
          pending={remove.pending}
          error={remove.formError}
          onConfirm={() => remove.run({ userId: removing.userId })}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
