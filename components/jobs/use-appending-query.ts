"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { AppendingFeed, AppendingPage } from "@/lib/jobs/client";

/**
 * A polled list that only grows (events, metrics): each poll asks for what comes after the last item held
 * and appends it, so a long job's history is fetched once, not on every poll.
 */
export function useAppendingQuery<Item>({
  feed,
  initial,
  live,
}: {
  feed: AppendingFeed<Item>;
  initial?: AppendingPage<Item>;
  /** whether more may still come: the job runs, or the server has more than the cursor */
  live: (cursor: number) => boolean;
}) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: feed.queryKey,
    queryFn: async (): Promise<AppendingPage<Item>> => {
      const held = queryClient.getQueryData<AppendingPage<Item>>(feed.queryKey) ?? {
        items: [],
        hasMore: false,
        cursor: 0,
      };
      const page = await feed.fetchPage(held.cursor);
      return {
        items: page.items.length ? [...held.items, ...page.items] : held.items,
        hasMore: page.hasMore,
        cursor: Math.max(held.cursor, page.cursor),
      };
    },
    initialData: initial,
    refetchInterval: (query) => {
      const data = query.state.data;
      if (data?.hasMore) return 100;
      return live(data?.cursor ?? 0) ? 2_000 : false;
    },
  });
}
