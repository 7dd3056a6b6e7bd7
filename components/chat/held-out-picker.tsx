"use client";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { controlClass } from "@/components/ui/field-frame";
import type { HeldOutExample } from "@/lib/chat/held-out";
import type { HeldOutStart } from "./chat-tester";

/** Chooses one of a version's held-out examples: its question goes into the box, its answer beside the models'. */
export function HeldOutPicker({ start, onPick }: { start: HeldOutStart; onPick: (example: HeldOutExample) => void }) {
  const t = useTranslations("chat.heldOut");
  const id = useId();
  return (
    <section className="flex flex-col gap-1.5 rounded-lg border border-border bg-surface p-4">
      <label htmlFor={id} className="text-sm font-medium">
        {t(start.heldOut ? "label" : "labelTraining", { version: start.versionLabel })}
      </label>
      {start.examples.length ? (
        <select
          id={id}
          className={controlClass(undefined)}
          defaultValue=""
          onChange={(event) => {
            const example = start.examples.find((candidate) => String(candidate.line) === event.target.value);
            if (example) onPick(example);
          }}
        >
          <option value="" disabled>
            {t("choose", { count: start.examples.length })}
          </option>
          {start.examples.map((example) => (
            <option key={example.line} value={example.line}>
              {t("option", { line: example.line, question: example.label })}
            </option>
          ))}
        </select>
      ) : (
        <p className="text-sm text-fg-muted">{t("none")}</p>
      )}
      {!start.heldOut && <p className="text-xs text-fg-muted">{t("notHeldOut")}</p>}
    </section>
  );
}
