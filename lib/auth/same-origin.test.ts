import { describe, expect, it } from "vitest";
import { isSameOriginRequest } from "./same-origin";

const APP_URL = "https://playground.example.com";
const post = (headers: Record<string, string>, method = "POST") =>
  isSameOriginRequest({ method, headers: new Headers({ host: "10.0.0.5:3000", ...headers }) }, APP_URL);

describe("isSameOriginRequest", () => {
  it("accepts a change from the app's own origin: APP_URL or the host the request was sent to", () => {
    expect(post({ origin: "https://playground.example.com" })).toBe(true);
    expect(post({ origin: "http://10.0.0.5:3000" })).toBe(true);
  });

  it("refuses a change from another origin, for every changing method", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      expect(post({ origin: "https://evil.example" }, method)).toBe(false);
    expect(post({ origin: "null" })).toBe(false);
    expect(post({ origin: "https://playground.example.com.evil.example" })).toBe(false);
  });

  it("without Origin, goes by Sec-Fetch-Site, then by Referer", () => {
    expect(post({ "sec-fetch-site": "same-origin" })).toBe(true);
    expect(post({ "sec-fetch-site": "cross-site" })).toBe(false);
    expect(post({ "sec-fetch-site": "same-site" })).toBe(false);
    expect(post({ referer: "https://playground.example.com/chat" })).toBe(true);
    expect(post({ referer: "https://evil.example/page" })).toBe(false);
  });

  it("leaves reading requests alone, and requests no browser page made", () => {
    expect(post({ origin: "https://evil.example" }, "GET")).toBe(true);
    expect(post({})).toBe(true);
  });
});
