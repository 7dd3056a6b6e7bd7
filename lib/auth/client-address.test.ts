import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("with TRUST_PROXY off takes the socket's address and ignores X-Forwarded-For", () => {
    const resolve = (forwardedFor: string) =>
      resolveClientAddress({ socketAddress: "203.0.113.9", forwardedFor, trustProxy: false });
    expect(resolve("198.51.100.1")).toBe("203.0.113.9");
    expect(resolve("198.51.100.2, 10.0.0.1")).toBe("203.0.113.9");
    expect(
      resolveClientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "1.2.3.4", trustProxy: false }),
    ).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY on takes the right-most hop that is not one of our proxies", () => {
    const resolve = (forwardedFor: string | string[] | undefined, socketAddress = "127.0.0.1") =>
      resolveClientAddress({ socketAddress, forwardedFor, trustProxy: true });
    expect(resolve("198.51.100.7")).toBe("198.51.100.7");
    // The client wrote the left entries itself: only the hop our proxy appended counts.
    expect(resolve("6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    expect(resolve("6.6.6.6, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    expect(resolve(["6.6.6.6", "198.51.100.7:5123"])).toBe("198.51.100.7");
    expect(resolve("2001:db8::1, fd00::2", "::1")).toBe("2001:db8::1");
    expect(resolve("[2001:db8::1]:443")).toBe("2001:db8::1");
  });

  it("with TRUST_PROXY on keeps the socket address of a request that did not come through a proxy", () => {
    expect(resolveClientAddress({ socketAddress: "203.0.113.9", forwardedFor: "1.2.3.4", trustProxy: true })).toBe(
      "203.0.113.9",
    );
    expect(resolveClientAddress({ socketAddress: "10.0.0.5", forwardedFor: undefined, trustProxy: true })).toBe(
      "10.0.0.5",
    );
  });

  it("stops at a hop that is not an address, so made-up values cannot pick the key", () => {
    const resolve = (forwardedFor: string) =>
      resolveClientAddress({ socketAddress: "10.0.0.1", forwardedFor, trustProxy: true });
    expect(resolve("nonsense-1, 10.0.0.2")).toBe("10.0.0.2");
    expect(resolve("nonsense-2, 10.0.0.2")).toBe("10.0.0.2");
    expect(resolve("")).toBe("10.0.0.1");
  });

  it("answers unknown without a socket address", () => {
    expect(resolveClientAddress({ socketAddress: undefined, forwardedFor: "1.2.3.4", trustProxy: true })).toBe(
      "unknown",
    );
  });
});

describe("clientAddressFrom", () => {
  it("reads the server's header, and says unknown without it", () => {
    expect(clientAddressFrom(new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "1.2.3.4" }))).toBe("unknown");
  });
});
