"use client";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ConnectionView } from "@/lib/connections/view";
import { ConnectionCard } from "./connection-card";
import { ConnectionDialog } from "./connection-dialog";
import { DeleteConnectionDialog } from "./delete-connection-dialog";

type Editing = { mode: "create" } | { mode: "edit"; connection: ConnectionView } | null;

type ConnectionListProps = { connections: ConnectionView[]; canManage: boolean; sandboxDefaultJobSeconds: number };

export function ConnectionList({ connections, canManage, sandboxDefaultJobSeconds }: ConnectionListProps) {
  const t = useTranslations("connections");
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ConnectionView | null>(null);
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        actions={
          canManage && (
            <Button onClick={() => setEditing({ mode: "create" })}>
              <Plus aria-hidden className="size-4" />
              {t("add")}
            </Button>
          )
        }
      />
      {connections.length === 0 ? (
        <Card className="text-center text-sm text-fg-muted">{t("empty")}</Card>
      ) : (
        <div className="flex flex-col gap-4">
          {connections.map((connection) => (
            <ConnectionCard
              key={connection.id}
              connection={connection}
              sandboxDefaultJobSeconds={sandboxDefaultJobSeconds}
              canManage={canManage}
              onEdit={() => setEditing({ mode: "edit", connection })}
              onDelete={() => setDeleting(connection)}
            />
          ))}
        </div>
      )}
      {editing && (
        <ConnectionDialog
          open
          onOpenChange={(open) => !open && setEditing(null)}
          connection={editing.mode === "edit" ? editing.connection : undefined}
        />
      )}
      {deleting && <DeleteConnectionDialog connection={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
