"use client";
import { type QueryKey, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/datasets/fetch-json";

/** `cursor`: how far the server has looked (may pass the last item when a filter skips the newest ones) */
type Page<Item> = { items: Item[]; hasMore: boolean; cursor: number };

/**
 * A polled list that only grows (events, metrics): each poll asks for what comes after the last item held
 * and appends it, so a long job's history is fetched once, not on every poll.
 */
export function useAppendingQuery<Item>({
  queryKey,
  initial,
  url,
  read,
  live,
}: {
  queryKey: QueryKey;
  initial?: Page<Item>;
  /** the URL of the items after a cursor (0 for the start) */
  url: (cursor: number) => string;
  read: (body: never) => Page<Item>;
  /** whether more may still come: the job runs, or the server has more than the cursor */
  live: (cursor: number) => boolean;
}) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey,
    queryFn: async (): Promise<Page<Item>> => {
      const held = queryClient.getQueryData<Page<Item>>(queryKey) ?? { items: [], hasMore: false, cursor: 0 };
      const page = read(await fetchJson<never>(url(held.cursor)));
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
