/** Expected failures, carried as one class with a code and, where the feature knows more, a typed reason. */
import type { AuthReason } from "@/lib/auth/reasons";
import type { DatasetReason } from "@/lib/datasets/reasons";
import type { JobReason } from "@/lib/jobs/reasons";
import type { MemberReason } from "@/lib/members/reasons";
import type { PortabilityReason } from "@/lib/portability/reasons";
import type { ProviderProblem, ProviderStep } from "@/lib/providers/failures";

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

/** A feature's own reason for refusing the request as a whole; each feature lists its reasons beside its code. */
export type FeatureReason = AuthReason | DatasetReason | JobReason | MemberReason | PortabilityReason;

/** Why a request failed beyond its code: a feature's reason with its values, or a failed provider call. */
export type ErrorReason =
  | { code: FeatureReason; params?: Record<string, string | number> }
  | { code: "provider"; provider: ProviderProblem; step?: ProviderStep; detail?: string };

/**
 * An error as the browser receives it from a server action, a route handler, the REST API or the chat stream.
 * `ref` names the server's log line of an unknown error.
 */
export type ErrorBody = { code: ErrorCode; reason?: ErrorReason; fields?: FieldErrors; ref?: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason?: ErrorReason;
  readonly fields?: FieldErrors;
  /** For an `internal` error that was already logged: the log line's reference. */
  readonly ref?: string;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { reason?: ErrorReason; fields?: FieldErrors; ref?: string; cause?: unknown },
  ) {
    super(message ?? code, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.reason = options?.reason;
    this.fields = options?.fields;
    this.ref = options?.ref;
  }

  /** What the browser may see: never the message, which is for the server's log. */
  toBody(): ErrorBody {
    return {
      code: this.code,
      ...(this.reason && { reason: this.reason }),
      ...(this.fields && { fields: this.fields }),
      ...(this.ref && { ref: this.ref }),
    };
  }
}
