/** OpenAI's cursor pagination: `after` is the id of the last item of the previous page. */
import { invalidRequest } from "./errors";

export type Page<T> = {
  object: "list";
  data: T[];
  has_more: boolean;
  first_id?: string | null;
  last_id?: string | null;
};

export function readLimit(url: URL, options: { fallback: number; max: number }): number {
  const raw = url.searchParams.get("limit");
  if (raw === null) return options.fallback;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > options.max) {
    throw invalidRequest(
      `Invalid 'limit': expected an integer between 1 and ${options.max}, got ${raw}.`,
      "limit",
      "invalid_value",
    );
  }
  return limit;
}

/** One page of `items` (already in list order) after the cursor; an unknown cursor gives an empty page. */
export function paginate<T extends { id: string }>(
  items: readonly T[],
  options: { after: string | null; limit: number; withIds?: boolean },
): Page<T> {
  const start = options.after ? items.findIndex((item) => item.id === options.after) + 1 : 0;
  const data = options.after && start === 0 ? [] : items.slice(start, start + options.limit);
  const page: Page<T> = { object: "list", data, has_more: start + data.length < items.length && data.length > 0 };
  if (options.withIds) {
    page.first_id = data[0]?.id ?? null;
    page.last_id = data.at(-1)?.id ?? null;
  }
  return page;
}
