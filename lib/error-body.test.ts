import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createPublicAction } from "./action";
import { errorBodyOf } from "./error-body";
import { AppError } from "./errors";

const logged = () => vi.spyOn(console, "error").mockImplementation(() => undefined);

afterEach(() => vi.restoreAllMocks());

describe("errors at the edge of the server", () => {
  it("logs an unknown error once and answers with the reference of its log line", () => {
    const log = logged();
    const body = errorBodyOf(new Error("database is locked"), "saveThing");
    expect(body).toEqual({ code: "internal", ref: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(log).toHaveBeenCalledTimes(1);
    const line = String(log.mock.calls[0]?.[0]);
    expect(line).toContain(`saveThing (ref ${body.ref})`);
    expect(line).toContain("database is locked");
  });

  it("gives each unknown error its own reference", () => {
    logged();
    const first = errorBodyOf(new Error("a"), "x");
    const second = errorBodyOf(new Error("b"), "x");
    expect(first.ref).not.toBe(second.ref);
  });

  it("answers an expected failure with its code, reason and fields, never its message, and logs nothing", () => {
    const log = logged();
    const error = new AppError("conflict", "secret detail", {
      reason: { code: "lastOwner" },
      fields: { role: { code: "invalidChoice" } },
    });
    expect(errorBodyOf(error, "x")).toEqual({
      code: "conflict",
      reason: { code: "lastOwner" },
      fields: { role: { code: "invalidChoice" } },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it("logs an internal AppError nobody logged yet, and passes on the reference of one already logged", () => {
    const log = logged();
    expect(errorBodyOf(new AppError("internal", "Stored secret has an unknown format"), "x")).toMatchObject({
      code: "internal",
      ref: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    expect(log).toHaveBeenCalledTimes(1);
    expect(errorBodyOf(new AppError("internal", "Import failed", { ref: "0badc0de" }), "x")).toEqual({
      code: "internal",
      ref: "0badc0de",
    });
    expect(log).toHaveBeenCalledTimes(1);
  });

  it("reaches the browser from a server action with the same reference as the log line", async () => {
    const log = logged();
    const action = createPublicAction({ name: "explodeAction", schema: z.object({}) }, async () => {
      throw new TypeError("cannot read properties of undefined");
    });
    const result = await action({});
    expect(result.ok).toBe(false);
    const ref = result.ok ? undefined : result.error.ref;
    expect(ref).toMatch(/^[0-9a-f]{8}$/);
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toContain(`explodeAction (ref ${ref})`);
  });
});
