"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { AlertTriangle, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useDeferredValue, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { listExampleSummaries } from "@/lib/datasets/queries";

export type ExampleSummary = Awaited<ReturnType<typeof listExampleSummaries>>[number];
type Filter = "all" | "errors" | "warnings" | "duplicates";

type ExampleListProps = {
  examples: ExampleSummary[];
  duplicates: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

function matches(example: ExampleSummary, filter: Filter, duplicates: ReadonlySet<string>): boolean {
  if (filter === "errors") return example.errorCount > 0;
  if (filter === "warnings") return example.warningCount > 0;
  if (filter === "duplicates") return duplicates.has(example.id);
  return true;
}

/** Every example of the dataset in a virtualized list: smooth at tens of thousands of rows. */
export function ExampleList({ examples, duplicates, selectedId, onSelect }: ExampleListProps) {
  const t = useTranslations("datasets.list");
  const [search, setSearch] = useState("");
  const [filter, setFilter] = useState<Filter>("all");
  const query = useDeferredValue(search.trim().toLowerCase());
  const shown = useMemo(
    () =>
      examples.filter(
        (example) => matches(example, filter, duplicates) && (!query || example.preview.toLowerCase().includes(query)),
      ),
    [examples, filter, query, duplicates],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 8,
  });
  const selectedIndex = shown.findIndex((example) => example.id === selectedId);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    event.preventDefault();
    const next = Math.min(shown.length - 1, Math.max(0, selectedIndex + (event.key === "ArrowDown" ? 1 : -1)));
    const example = shown[next];
    if (example) {
      onSelect(example.id);
      virtualizer.scrollToIndex(next);
    }
  }

  return (
    <div className="flex min-h-0 flex-col gap-2">
      <div className="flex gap-2">
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t("search")}
          aria-label={t("search")}
          className="h-9 min-w-0 flex-1 rounded-md border border-border bg-surface px-3 text-sm"
        />
        <select
          value={filter}
          onChange={(event) => setFilter(event.target.value as Filter)}
          aria-label={t("filter")}
          className="h-9 rounded-md border border-border bg-surface px-2 text-sm"
        >
          <option value="all">{t("all")}</option>
          <option value="errors">{t("withErrors")}</option>
          <option value="warnings">{t("withWarnings")}</option>
          <option value="duplicates">{t("duplicates")}</option>
        </select>
      </div>
      <p className="text-xs text-fg-muted" aria-live="polite">
        {t("shown", { shown: shown.length, total: examples.length })}
      </p>
      <div
        ref={scrollRef}
        role="listbox"
        aria-label={t("label")}
        aria-activedescendant={selectedId ? `example-${selectedId}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="h-[32rem] overflow-y-auto rounded-md border border-border bg-surface"
      >
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const example = shown[item.index] as ExampleSummary;
            return (
              // The listbox owns focus and the arrow keys (aria-activedescendant); options only take clicks.
              // biome-ignore lint/a11y/useFocusableInteractive: see above
              // biome-ignore lint/a11y/useKeyWithClickEvents: see above
              <div
                key={example.id}
                id={`example-${example.id}`}
                role="option"
                aria-selected={example.id === selectedId}
                onClick={() => onSelect(example.id)}
                className={cn(
                  "absolute left-0 flex w-full cursor-pointer items-center gap-3 border-b border-border px-3 text-sm",
                  example.id === selectedId ? "bg-muted" : "hover:bg-muted/60",
                )}
                style={{ top: item.start, height: item.size }}
              >
                <span className="w-12 shrink-0 text-xs text-fg-muted tabular-nums">#{example.position}</span>
                <span className="min-w-0 flex-1 truncate">{example.preview || t("noPreview")}</span>
                {example.errorCount > 0 ? (
                  <CircleX aria-label={t("hasErrors")} className="size-4 shrink-0 text-danger" />
                ) : example.warningCount > 0 ? (
                  <AlertTriangle aria-label={t("hasWarnings")} className="size-4 shrink-0 text-fg-muted" />
                ) : null}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
