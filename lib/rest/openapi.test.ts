import fs from "node:fs";
import path from "node:path";
import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

const V1 = path.resolve("app/api/v1");

/** Every route file under app/api/v1 as "method /path", from the file tree and its exported handlers. */
function routeOperations(): string[] {
  const files = fs.readdirSync(V1, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("route.ts"));
  return files.flatMap((file) => {
    const route = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, "{$1}");
    if (route === "/openapi.json") return [];
    const source = fs.readFileSync(path.join(V1, file), "utf8");
    const methods = [...source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map(([, method]) => method);
    return methods.map((method) => `${method?.toLowerCase()} ${route}`);
  });
}

describe("the OpenAPI document", () => {
  const document = openApiDocument("http://localhost:3000/api/v1");

  it("is a valid OpenAPI 3.1 document", async () => {
    // validate() dereferences in place: give it a copy.
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeTruthy();
  });

  it("documents exactly the operations the route files export", () => {
    const documented = Object.entries(document.paths).flatMap(([route, operations]) =>
      Object.keys(operations).map((method) => `${method} ${route}`),
    );
    const routes = routeOperations();
    expect(routes.length).toBeGreaterThan(10);
    expect(documented.sort()).toEqual(routes.sort());
  });

  it("describes request bodies from the zod schemas", () => {
    const startJob = document.paths["/jobs"]?.post as { requestBody: { content: Record<string, { schema: object }> } };
    const schema = startJob.requestBody.content["application/json"]?.schema as {
      required: string[];
      properties: object;
    };
    expect(schema.required).toEqual(expect.arrayContaining(["connectionId", "model", "versionId"]));
    expect(schema.required).not.toContain("hyperparameters");
    expect(Object.keys(schema.properties)).toContain("sendSensitiveData");
  });
});
