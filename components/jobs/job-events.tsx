"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { ArrowDownUp } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { eventsAsPage, jobEventsFeed } from "@/lib/jobs/client";
import { EVENT_LEVELS, type EventLevel, type JobEventPage } from "@/lib/jobs/view";
import { useAppendingQuery } from "./use-appending-query";

const LEVEL_CLASS: Record<EventLevel, string> = {
  info: "text-fg-muted",
  warn: "text-amber-700 dark:text-amber-300",
  error: "text-danger",
};

type JobEventsProps = { jobId: string; eventCount: number; active: boolean; initial: JobEventPage };

/** The job's events as they arrive: newest or oldest first, one level or all; long logs stay smooth. */
export function JobEvents({ jobId, eventCount, active, initial }: JobEventsProps) {
  const t = useTranslations("jobs.events");
  const format = useFormatter();
  const [level, setLevel] = useState<EventLevel | "all">("all");
  const [newestFirst, setNewestFirst] = useState(true);
  const events = useAppendingQuery({
    feed: jobEventsFeed(jobId, level),
    initial: level === "all" ? eventsAsPage(initial) : undefined,
    live: (seq) => active || seq < eventCount,
  });
  const items = events.data?.items;
  const shown = useMemo(() => (newestFirst ? [...(items ?? [])].reverse() : (items ?? [])), [items, newestFirst]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 36,
    overscan: 10,
  });

  return (
    <Card>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{t("title")}</h2>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm">
            <span className="text-fg-muted">{t("level")}</span>
            <select
              value={level}
              onChange={(event) => setLevel(event.target.value as EventLevel | "all")}
              className="h-8 rounded-md border border-border bg-surface px-2 text-sm"
            >
              <option value="all">{t("levels.all")}</option>
              {EVENT_LEVELS.map((value) => (
                <option key={value} value={value}>
                  {t(`levels.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <Button size="sm" variant="secondary" aria-pressed={newestFirst} onClick={() => setNewestFirst(!newestFirst)}>
            <ArrowDownUp aria-hidden className="size-4" />
            {newestFirst ? t("newestFirst") : t("oldestFirst")}
          </Button>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="py-6 text-center text-sm text-fg-muted">{events.isPending ? t("loading") : t("none")}</p>
      ) : (
        <div
          ref={scrollRef}
          role="log"
          aria-label={t("title")}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling log must take focus to be scrolled by keyboard.
          tabIndex={0}
          className="max-h-80 overflow-y-auto rounded-md border border-border"
        >
          <ol className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const event = shown[row.index];
              if (!event) return null;
              return (
                <li
                  key={event.seq}
                  data-index={row.index}
                  ref={virtualizer.measureElement}
                  data-testid="job-event"
                  data-level={event.level}
                  className="absolute left-0 flex w-full gap-3 border-b border-border px-3 py-2 text-sm"
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <time
                    className="shrink-0 text-xs text-fg-muted tabular-nums"
                    dateTime={new Date(event.createdAt * 1000).toISOString()}
                  >
                    {format.dateTime(new Date(event.createdAt * 1000), { timeStyle: "medium" })}
                  </time>
                  <span className={cn("w-14 shrink-0 text-xs font-medium uppercase", LEVEL_CLASS[event.level])}>
                    {t(`levels.${event.level}`)}
                  </span>
                  <span className="min-w-0 break-words">{event.message}</span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </Card>
  );
}
