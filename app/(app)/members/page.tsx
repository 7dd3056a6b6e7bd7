import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InvitationList } from "@/components/members/invitation-list";
import { InviteForm } from "@/components/members/invite-form";
import { LeaveWorkspace } from "@/components/members/leave-workspace";
import { MemberTable } from "@/components/members/member-table";
import { PageHeader } from "@/components/shell/page-header";
import { Card } from "@/components/ui/card";
import { requirePageAccess } from "@/lib/auth/access";
import { can } from "@/lib/auth/policy";
import { getEnv } from "@/lib/env";
import { canSendMail } from "@/lib/invitations/mail";
import { listPendingInvitations } from "@/lib/invitations/queries";
import { listMembers } from "@/lib/members/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("team.members"))("title") };
}

export default async function MembersPage() {
  const access = await requirePageAccess();
  const t = await getTranslations("team");
  const manage = can(access.role, "members.manage");
  const [members, invitations] = await Promise.all([
    listMembers(access.workspace.id),
    manage ? listPendingInvitations(access.workspace.id) : [],
  ]);
  return (
    <>
      <PageHeader
        title={t("members.title")}
        lead={t("members.description", { workspace: access.workspace.name })}
        actions={<LeaveWorkspace workspaceName={access.workspace.name} />}
      />
      <div className="flex flex-col gap-6">
        <Card className="p-0">
          <MemberTable
            members={members}
            currentUserId={access.user.id}
            canManage={manage}
            canManageOwners={can(access.role, "owners.manage")}
          />
        </Card>
        {manage && (
          <Card>
            <h2 className="mb-1 font-semibold">{t("invite.title")}</h2>
            <p className="mb-4 text-sm text-fg-muted">{t("invite.description", { days: getEnv().INVITATION_DAYS })}</p>
            <InviteForm canInviteOwners={can(access.role, "owners.manage")} mailConfigured={canSendMail()} />
          </Card>
        )}
        {manage && (
          <Card>
            <h2 className="mb-4 font-semibold">{t("invite.pending")}</h2>
            <InvitationList invitations={invitations} />
          </Card>
        )}
      </div>
    </>
  );
}
