/** What the editor's example list can show, shared by the server's paging and the browser's list. Pure. */
export const EXAMPLE_FILTERS = ["all", "errors", "warnings", "sensitive", "duplicates"] as const;
export type ExampleFilter = (typeof EXAMPLE_FILTERS)[number];

/** Rows per request: the first page comes with the page's HTML, the others as the list scrolls to them. */
export const EXAMPLE_PAGE_SIZE = 100;
