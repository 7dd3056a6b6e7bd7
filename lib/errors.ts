/** Expected failures, carried as one class with a code the UI turns into words. */
export type ErrorCode =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "too_large"
  | "provider_unavailable"
  | "internal";

/** The HTTP status a route handler answers each code with (the app's routes and the REST API alike). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  too_large: 413,
  provider_unavailable: 503,
  internal: 500,
};

/** A field's problem, as a message key plus values; the UI translates it. */
export type FieldError = { code: string; params?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldError>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;

  constructor(code: ErrorCode, message?: string, options?: { fields?: FieldErrors; cause?: unknown }) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
  }
}
