/** Expected failures, carried as one class with a code the UI turns into words. */
export type ErrorCode =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "invalid_input"
  | "conflict"
  | "provider_unavailable"
  | "internal";

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
