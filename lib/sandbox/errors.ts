/** Errors of the Sandbox API, in OpenAI's shape: `{"error": {message, type, param, code}}`. */
export class SandboxError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { type?: string; param?: string | null; code?: string | null } = {},
  ) {
    super(message);
    this.name = "SandboxError";
  }

  get body() {
    return {
      error: {
        message: this.message,
        type: this.details.type ?? (this.status >= 500 ? "server_error" : "invalid_request_error"),
        param: this.details.param ?? null,
        code: this.details.code ?? null,
      },
    };
  }
}

export function notFound(kind: string, id: string, param = "id"): SandboxError {
  return new SandboxError(404, `No such ${kind} object: ${id}`, { param });
}

export function invalidRequest(message: string, param: string | null = null, code: string | null = null): SandboxError {
  return new SandboxError(400, message, { param, code });
}
