import { authenticateSandboxRequest } from "@/lib/sandbox/http";
import { sandboxBaseModels, toModelObject } from "@/lib/sandbox/models";

export async function GET(request: Request) {
  const auth = await authenticateSandboxRequest(request);
  if ("response" in auth) return auth.response;
  return Response.json({ object: "list", data: sandboxBaseModels.map((model) => toModelObject(model)) });
}
