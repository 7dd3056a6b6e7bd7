"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { switchWorkspaceAction } from "@/app/(app)/team-actions";

type Workspace = { id: string; name: string };

/** The workspace name; with more than one workspace, a select to switch between them. */
export function WorkspaceSwitcher({ current, workspaces }: { current: Workspace; workspaces: Workspace[] }) {
  const t = useTranslations("team.switcher");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (workspaces.length < 2)
    return (
      <p
        className="mb-3 truncate px-3 text-xs font-medium tracking-wide text-fg-muted uppercase"
        data-testid="workspace-name"
      >
        {current.name}
      </p>
    );
  return (
    <label className="mb-3 block px-1">
      <span className="sr-only">{t("switch")}</span>
      <select
        value={current.id}
        disabled={pending}
        aria-busy={pending || undefined}
        data-testid="workspace-switcher"
        onChange={(event) => {
          const workspaceId = event.target.value;
          startTransition(async () => {
            const result = await switchWorkspaceAction({ workspaceId });
            if (result.ok) {
              router.push("/");
              router.refresh();
            }
          });
        }}
        className="w-full truncate rounded-md border border-border bg-surface px-2 py-1.5 text-sm font-medium"
      >
        {workspaces.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name}
          </option>
        ))}
      </select>
      <span className="sr-only" data-testid="workspace-name">
        {current.name}
      </span>
    </label>
  );
}
