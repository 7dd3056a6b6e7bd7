import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { ModelKind } from "@/lib/chat/state";

export function ModelKindBadge({ kind }: { kind: ModelKind }) {
  const t = useTranslations("chat.kinds");
  return (
    <span
      className={cn(
        "shrink-0 rounded px-1.5 py-0.5 text-[0.7rem] font-medium",
        kind === "fine_tuned" ? "bg-primary text-primary-fg" : "bg-muted text-fg-muted",
      )}
    >
      {t(kind)}
    </span>
  );
}
