/** Requests and answers of the Sandbox's OpenAI-compatible API, shaped like OpenAI's own. */
import "server-only";
import { findSandboxConnectionByToken } from "@/lib/connections/queries";

function openAIError(
  status: number,
  error: { message: string; type: string; code?: string | null; param?: string | null },
) {
  return Response.json({ error: { param: null, code: null, ...error } }, { status });
}

/** The Sandbox connection a request's bearer token belongs to, or the 401 OpenAI answers with. */
export async function authenticateSandboxRequest(
  request: Request,
): Promise<{ connection: { id: string; workspaceId: string } } | { response: Response }> {
  const token = request.headers
    .get("authorization")
    ?.match(/^Bearer\s+(.+)$/i)?.[1]
    ?.trim();
  const connection = token ? await findSandboxConnectionByToken(token) : null;
  if (connection) return { connection };
  return {
    response: openAIError(401, {
      message: token
        ? `Incorrect API key provided: ${token.length > 8 ? `…${token.slice(-4)}` : "***"}. Use the token of a Sandbox connection.`
        : "You didn't provide an API key. Send it in the Authorization header as: Bearer YOUR_KEY.",
      type: "invalid_request_error",
      code: "invalid_api_key",
    }),
  };
}
