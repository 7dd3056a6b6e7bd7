import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod/mini";
import { fetchJson, HttpError } from "./fetch-json";

afterEach(() => vi.unstubAllGlobals());

const answer = (status: number, body: unknown) =>
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => Response.json(body, { status })),
  );

describe("fetchJson", () => {
  const schema = async () => z.object({ count: z.number() });

  it("returns the body parsed with the schema", async () => {
    answer(200, { count: 3, extra: true });
    await expect(fetchJson("/api/x", schema)).resolves.toEqual({ count: 3 });
  });

  it("throws an HttpError with the server's error body", async () => {
    answer(404, { error: { code: "not_found" } });
    const error = await fetchJson("/api/x", schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, error: { code: "not_found" } });
  });

  it("reads an error status without a JSON body as internal", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("Bad gateway", { status: 502 })),
    );
    await expect(fetchJson("/api/x", schema)).rejects.toMatchObject({ status: 502, error: { code: "internal" } });
  });

  it("throws when the body is not what the schema says", async () => {
    answer(200, { count: "3" });
    await expect(fetchJson("/api/x", schema)).rejects.toThrow();
  });
});
