"use client";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { AlertTriangle, CircleX } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useDeferredValue, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import {
  datasetKeys,
  type ExamplePage,
  type ExampleSummary,
  examplePageQueryOptions,
  type FirstExamplePage,
} from "@/lib/datasets/client";
import { EXAMPLE_PAGE_SIZE, type ExampleFilter } from "@/lib/datasets/example-filters";

type ListQuery = { filter: ExampleFilter; search: string; minTokens: string; maxTokens: string };
const NO_QUERY: ListQuery = { filter: "all", search: "", minTokens: "", maxTokens: "" };

type ExampleListProps = {
  datasetId: string;
  initial: FirstExamplePage;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

function queryString(query: ListQuery): string {
  const params = new URLSearchParams();
  if (query.filter !== "all") params.set("filter", query.filter);
  if (query.search.trim()) params.set("search", query.search.trim());
  if (/^\d+$/.test(query.minTokens)) params.set("minTokens", query.minTokens);
  if (/^\d+$/.test(query.maxTokens)) params.set("maxTokens", query.maxTokens);
  return params.toString();
}

/**
 * The examples of the dataset in a virtualized list that knows their number up front and fetches each page of
 * rows when it scrolls into view: smooth at 50 000 rows. Search and filters run on the server.
 */
export function ExampleList({ datasetId, initial, selectedId, onSelect }: ExampleListProps) {
  const t = useTranslations("datasets.list");
  const queryClient = useQueryClient();
  const [query, setQuery] = useState<ListQuery>(NO_QUERY);
  const params = useDeferredValue(queryString(query));
  const pageQuery = (page: number) => examplePageQueryOptions(datasetId, params, page);
  const first = useQuery({
    ...pageQuery(0),
    initialData: params === "" ? initial : undefined,
    placeholderData: (previous) => previous,
  });
  const total = first.data?.total ?? 0;
  const counts = first.data?.counts ?? initial.counts;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 56,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const pagesInView = [...new Set(items.map((item) => Math.floor(item.index / EXAMPLE_PAGE_SIZE)))].filter(
    (page) => page > 0,
  );
  const pages = useQueries({ queries: pagesInView.map(pageQuery) });
  const rowAt = (index: number): ExampleSummary | undefined => {
    const page = Math.floor(index / EXAMPLE_PAGE_SIZE);
    const data = page === 0 ? first.data : (pages[pagesInView.indexOf(page)]?.data ?? cachedPage(page));
    return data?.examples[index - page * EXAMPLE_PAGE_SIZE];
  };
  const cachedPage = (page: number) => queryClient.getQueryData<ExamplePage>(datasetKeys.page(datasetId, params, page));

  const [activeIndex, setActiveIndex] = useState(-1);
  // Where the selection is in the list: where it was clicked or reached, else on the first page (or nowhere).
  const selectedIndex =
    activeIndex >= 0 && rowAt(activeIndex)?.id === selectedId
      ? activeIndex
      : (first.data?.examples.findIndex((example) => example.id === selectedId) ?? -1);

  function select(index: number, id: string) {
    setActiveIndex(index);
    onSelect(id);
  }

  async function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number;
    if (event.key === "Home") next = 0;
    else if (event.key === "End") next = total - 1;
    else if (moves[event.key] !== undefined) next = selectedIndex + (moves[event.key] ?? 0);
    else return;
    event.preventDefault();
    next = Math.min(total - 1, Math.max(0, next));
    if (next < 0) return;
    virtualizer.scrollToIndex(next);
    const page = Math.floor(next / EXAMPLE_PAGE_SIZE);
    const data = page === 0 ? first.data : await queryClient.fetchQuery(pageQuery(page));
    const example = data?.examples[next - page * EXAMPLE_PAGE_SIZE];
    if (example) select(next, example.id);
  }

  const update = (change: Partial<ListQuery>) => {
    setQuery((current) => ({ ...current, ...change }));
    setActiveIndex(-1);
    scrollRef.current?.scrollTo({ top: 0 });
  };
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t("withCount", { label, count });

  return (
    <div className="flex min-h-0 flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <input
          type="search"
          value={query.search}
          onChange={(event) => update({ search: event.target.value })}
          placeholder={t("search")}
          aria-label={t("search")}
          className="h-9 min-w-40 flex-1 rounded-md border border-border bg-surface px-3 text-sm"
        />
        <select
          value={query.filter}
          onChange={(event) => update({ filter: event.target.value as ExampleFilter })}
          aria-label={t("filter")}
          className="h-9 min-w-0 rounded-md border border-border bg-surface px-2 text-sm"
        >
          <option value="all">{withCount(t("all"), counts.all)}</option>
          <option value="errors">{withCount(t("withErrors"), counts.errors)}</option>
          <option value="warnings">{withCount(t("withWarnings"), counts.warnings)}</option>
          <option value="sensitive">{withCount(t("withSensitiveData"), counts.sensitive)}</option>
          <option value="duplicates">{t("duplicates")}</option>
        </select>
      </div>
      <fieldset className="flex items-center gap-2 text-sm">
        <legend className="sr-only">{t("tokenRange")}</legend>
        <span className="text-fg-muted" aria-hidden>
          {t("tokens")}
        </span>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={query.minTokens}
          onChange={(event) => update({ minTokens: event.target.value })}
          placeholder={t("min")}
          aria-label={t("minTokens")}
          className="h-9 w-24 rounded-md border border-border bg-surface px-2 text-sm"
        />
        <span aria-hidden>–</span>
        <input
          type="number"
          min={0}
          inputMode="numeric"
          value={query.maxTokens}
          onChange={(event) => update({ maxTokens: event.target.value })}
          placeholder={t("max")}
          aria-label={t("maxTokens")}
          className="h-9 w-24 rounded-md border border-border bg-surface px-2 text-sm"
        />
      </fieldset>
      <p className="text-xs text-fg-muted" aria-live="polite">
        {first.isFetching && first.isPlaceholderData ? t("searching") : t("shown", { shown: total, total: counts.all })}
      </p>
      <div
        ref={scrollRef}
        role="listbox"
        aria-label={t("label")}
        aria-activedescendant={selectedId && selectedIndex >= 0 ? `example-${selectedId}` : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="h-[32rem] overflow-y-auto rounded-md border border-border bg-surface"
      >
        <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const example = rowAt(item.index);
            const style = { top: item.start, height: item.size };
            if (!example) {
              return (
                <div
                  key={`loading-${item.index}`}
                  aria-hidden
                  className="absolute left-0 flex w-full items-center gap-3 border-b border-border px-3 text-sm"
                  style={style}
                >
                  <span className="w-12 shrink-0 text-xs text-fg-muted tabular-nums">…</span>
                  <span className="h-3 flex-1 animate-pulse rounded bg-muted" />
                </div>
              );
            }
            return (
              // The listbox owns focus and the arrow keys (aria-activedescendant); options only take clicks.
              // biome-ignore lint/a11y/useFocusableInteractive: see above
              // biome-ignore lint/a11y/useKeyWithClickEvents: see above
              <div
                key={example.id}
                id={`example-${example.id}`}
                role="option"
                aria-selected={example.id === selectedId}
                onClick={() => select(item.index, example.id)}
                className={cn(
                  "absolute left-0 flex w-full cursor-pointer items-center gap-3 border-b border-border px-3 text-sm",
                  example.id === selectedId ? "bg-muted" : "hover:bg-muted/60",
                )}
                style={style}
              >
                <span className="w-12 shrink-0 text-xs text-fg-muted tabular-nums">#{example.position}</span>
                <span className="min-w-0 flex-1 truncate">{example.preview || t("noPreview")}</span>
                <span className="shrink-0 text-xs text-fg-muted tabular-nums">
                  {t("tokenCount", { count: example.tokens })}
                </span>
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
