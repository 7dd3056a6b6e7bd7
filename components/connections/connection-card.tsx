"use client";
import { CheckCircle2, CircleAlert, CircleDashed, KeyRound } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { testConnectionAction } from "@/app/(app)/connections/actions";
import { useErrorText } from "@/components/errors/use-error-text";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ConnectionView } from "@/lib/connections/view";
import { SandboxAccess } from "./sandbox-access";

type ConnectionCardProps = {
  connection: ConnectionView;
  sandboxDefaultJobSeconds: number;
  canManage: boolean;
  onEdit: () => void;
  onDelete: () => void;
};

function address(connection: ConnectionView, fallback: string): string {
  if (connection.kind === "azure") return connection.endpoint ?? "";
  if (connection.kind === "openai") return connection.baseUrl ?? fallback;
  return connection.baseUrl ?? "";
}

/** What the last test found an OpenAI-compatible service to offer. */
function Capabilities({ connection }: { connection: ConnectionView }) {
  const t = useTranslations("connections.capabilities");
  const fineTuning =
    connection.kind === "inference"
      ? t("chatOnly")
      : connection.capabilityFineTuning === true
        ? t("fineTuningYes")
        : connection.capabilityFineTuning === false
          ? t("fineTuningNo")
          : t("fineTuningUnknown");
  return (
    <p data-testid="capabilities" className="text-fg">
      {t("chatModels", { count: connection.capabilityChatModels ?? 0 })} · {fineTuning}
    </p>
  );
}

function SandboxSummary({ connection, defaultJobSeconds }: { connection: ConnectionView; defaultJobSeconds: number }) {
  const t = useTranslations("connections.sandbox");
  const faults = [
    connection.sandboxFailureRate > 0
      ? t("faults", {
          percent: Math.round(connection.sandboxFailureRate * 100),
          status: connection.sandboxFailureStatus,
        })
      : t("noFaults"),
    connection.sandboxLatencyMs > 0 ? t("latency", { ms: connection.sandboxLatencyMs }) : null,
    connection.sandboxFineTuningClosed
      ? t("cutoffClosedSummary")
      : connection.sandboxFineTuningClosedAfter
        ? t("cutoffAfterSummary", { date: connection.sandboxFineTuningClosedAfter.toISOString().slice(0, 10) })
        : null,
  ];
  return (
    <p data-testid="sandbox-settings">
      {[t("jobTime", { seconds: connection.sandboxJobSeconds ?? defaultJobSeconds }), ...faults]
        .filter(Boolean)
        .join(" · ")}
    </p>
  );
}

/** Why the last test failed; a request the outbound guard refused names its rule and the address. */
function TestFailure({ failure }: { failure: ConnectionView["lastTestFailure"] }) {
  const errorText = useErrorText();
  return errorText({ reason: failure?.reason ?? "unexpected", blocked: failure?.blocked ?? undefined });
}

export function ConnectionCard({
  connection,
  sandboxDefaultJobSeconds,
  canManage,
  onEdit,
  onDelete,
}: ConnectionCardProps) {
  const t = useTranslations("connections");
  const format = useFormatter();
  const now = useNow({ updateInterval: 30_000 });
  const test = useActionForm(testConnectionAction);
  const headingId = `connection-${connection.id}`;
  return (
    <Card aria-labelledby={headingId} role="region" data-testid="connection-card">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="flex items-center gap-2 font-semibold">
            {connection.name}
            <span className="rounded-full bg-muted px-2 py-0.5 text-xs font-medium text-fg-muted">
              {t(`kinds.${connection.kind}`)}
            </span>
          </h2>
          <div className="mt-2 space-y-1 text-sm text-fg-muted">
            {connection.kind === "sandbox" ? (
              <SandboxSummary connection={connection} defaultJobSeconds={sandboxDefaultJobSeconds} />
            ) : (
              <p className="truncate">{address(connection, t("defaultEndpoint"))}</p>
            )}
            <p className="flex items-center gap-1.5">
              <KeyRound aria-hidden className="size-3.5" />
              {connection.kind === "sandbox" || (connection.kind === "inference" && !connection.apiKeyLast4) ? (
                t("noKey")
              ) : (
                <span data-testid="masked-key">{t("keySaved", { last4: `••••${connection.apiKeyLast4 ?? ""}` })}</span>
              )}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            variant="secondary"
            pending={test.pending}
            onClick={() => test.run({ connectionId: connection.id })}
          >
            {test.pending ? t("testing") : t("test")}
          </Button>
          {canManage && (
            <>
              <Button size="sm" variant="ghost" onClick={onEdit}>
                {t("edit")}
              </Button>
              <Button size="sm" variant="ghost" className="text-danger" onClick={onDelete}>
                {t("delete")}
              </Button>
            </>
          )}
        </div>
      </div>
      {connection.kind === "sandbox" && canManage && <SandboxAccess connectionId={connection.id} />}
      <div className="mt-3 text-sm" aria-live="polite" data-testid="test-status">
        {test.formError ? (
          <Alert>{test.formError}</Alert>
        ) : connection.lastTestOk === true ? (
          <>
            <p className="flex items-center gap-1.5 text-success">
              <CheckCircle2 aria-hidden className="size-4" />
              {t("testedOk", { count: connection.lastTestModelCount ?? 0 })}
            </p>
            {(connection.kind === "compatible" || connection.kind === "inference") && (
              <Capabilities connection={connection} />
            )}
          </>
        ) : connection.lastTestOk === false ? (
          <Alert>
            <span className="font-medium">{t("testFailed")}: </span>
            <TestFailure failure={connection.lastTestFailure} />
          </Alert>
        ) : (
          <p className="flex items-center gap-1.5 text-fg-muted">
            <CircleDashed aria-hidden className="size-4" />
            {t("neverTested")}
          </p>
        )}
        {connection.lastTestedAt && (
          <p className="mt-1 flex items-center gap-1.5 text-xs text-fg-muted">
            {connection.lastTestOk === false && <CircleAlert aria-hidden className="size-3" />}
            {t("lastTested", { when: format.relativeTime(connection.lastTestedAt, now) })}
          </p>
        )}
      </div>
    </Card>
  );
}
