import type { ErrorBody } from "./errors";

/** What every server action returns to the browser. */
export type ActionResult<Data = undefined> = { ok: true; data: Data } | { ok: false; error: ErrorBody };
