"use client";
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { createWorkspaceAction, switchWorkspaceAction } from "@/app/(app)/actions";
import { NameDialog } from "@/components/forms/name-dialog";

type Workspace = { id: string; name: string };

/** The workspace's name (with more than one workspace, a select to switch), and a button to start another. */
export function WorkspaceSwitcher({ current, workspaces }: { current: Workspace; workspaces: Workspace[] }) {
  const t = useTranslations("team.switcher");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [creating, setCreating] = useState(false);

  function openWorkspace() {
    router.push("/");
    router.refresh();
  }

  return (
    <div className="mb-3 flex items-center gap-1 px-1">
      {workspaces.length < 2 ? (
        <p
          className="min-w-0 flex-1 truncate px-2 text-xs font-medium tracking-wide text-fg-muted uppercase"
          data-testid="workspace-name"
        >
          {current.name}
        </p>
      ) : (
        <label className="block min-w-0 flex-1">
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
                if (result.ok) openWorkspace();
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
      )}
      <button
        type="button"
        title={t("new")}
        aria-label={t("new")}
        onClick={() => setCreating(true)}
        className="shrink-0 rounded-md p-1.5 text-fg-muted hover:bg-muted hover:text-fg focus-visible:outline-2"
      >
        <Plus aria-hidden className="size-4" />
      </button>
      {creating && (
        <NameDialog
          title={t("newTitle")}
          label={t("newName")}
          help={t("newHelp")}
          submitLabel={t("create")}
          save={(name) => createWorkspaceAction({ name })}
          onSaved={() => {
            setCreating(false);
            openWorkspace();
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </div>
  );
}
