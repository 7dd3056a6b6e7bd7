import { SandboxError } from "@/lib/sandbox/errors";
import { sandboxRoute } from "@/lib/sandbox/http";

// Anything the Sandbox does not emulate answers like an unknown OpenAI endpoint.
const unknownEndpoint = sandboxRoute<{ path: string[] }>(async ({ request }) => {
  throw new SandboxError(
    404,
    `Invalid URL (${request.method} ${new URL(request.url).pathname.replace(/^\/api\/sandbox/, "")})`,
  );
});

export {
  unknownEndpoint as DELETE,
  unknownEndpoint as GET,
  unknownEndpoint as PATCH,
  unknownEndpoint as POST,
  unknownEndpoint as PUT,
};
