/** Reading a provider's paginated lists with a limit, so a provider that always says "more" cannot loop the runner. */
import { logger } from "@/lib/logger";

/** The most pages one listing reads (at 100 items a page, far more than any real job has). */
export const MAX_PAGES = 200;

type Page<T> = { data: T[]; hasNextPage(): boolean; getNextPage(): Promise<Page<T>> };

/** Every item of a paginated list, page by page, stopping (and saying so once) after MAX_PAGES pages. */
export async function* cappedItems<T>(first: PromiseLike<Page<T>>, what: string): AsyncGenerator<T> {
  let page = await first;
  for (let pages = 1; ; pages++) {
    yield* page.data;
    if (!page.hasNextPage()) return;
    if (pages >= MAX_PAGES) {
      logger.warn(`${what}: stopped after ${MAX_PAGES} pages although the provider reported more`);
      return;
    }
    page = await page.getNextPage();
  }
}
