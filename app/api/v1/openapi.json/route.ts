import { openApiDocument } from "@/lib/rest/openapi";

/** Public: the document describes the API, not anyone's data. */
export function GET(request: Request): Response {
  return Response.json(openApiDocument(new URL("/api/v1", request.url).toString()));
}
