import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ModelKind } from "@/lib/chat/state";
import { checkpointStep } from "@/lib/models/names";

/** Base, fine-tuned, or the checkpoint's step: what tells models with long, alike names apart. */
export function ModelKindBadge({ kind, model }: { kind: ModelKind; model: string }) {
  const t = useTranslations("chat.kinds");
  const step = kind === "checkpoint" ? checkpointStep(model) : null;
  return (
    <span
      className={cn(
        "shrink-0 rounded px-1.5 py-0.5 text-[0.7rem] font-medium",
        kind === "fine_tuned" ? "bg-primary text-primary-fg" : "bg-muted text-fg-muted",
      )}
    >
      {step === null ? t(kind) : t("checkpointStep", { step })}
    </span>
  );
}
