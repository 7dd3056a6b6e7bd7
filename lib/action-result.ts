import type { ErrorCode, FieldErrors } from "./errors";

/** What every server action returns to the browser. */
export type ActionResult<Data = undefined> =
  | { ok: true; data: Data }
  | { ok: false; error: { code: ErrorCode; fields?: FieldErrors } };
