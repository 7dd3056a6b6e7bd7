import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { classifyAddress } from "./address";
import { checkOutboundUrl } from "./check";
import { privateNetworkPolicy } from "./policy";

describe("classifyAddress", () => {
  it.each([
    ["8.8.8.8", "public"],
    ["2001:4860:4860::8888", "public"],
    ["169.254.169.254", "metadata"],
    ["fd00:ec2::254", "metadata"],
    ["100.100.100.200", "metadata"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["169.254.1.1", "linkLocal"],
    ["fe80::1", "linkLocal"],
    ["::ffff:169.254.0.1", "linkLocal"],
    ["127.0.0.1", "private"],
    ["127.8.9.10", "private"],
    ["::1", "private"],
    ["::ffff:127.0.0.1", "private"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.10", "private"],
    ["100.64.0.1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["172.32.0.1", "public"],
    ["0.0.0.0", "reserved"],
    ["0.1.2.3", "reserved"],
    ["::", "reserved"],
    ["255.255.255.255", "reserved"],
    ["224.0.0.1", "reserved"],
    ["ff02::1", "reserved"],
    ["2002:a9fe:a9fe::1", "reserved"],
    ["64:ff9b::a9fe:a9fe", "reserved"],
    ["not an address", "reserved"],
  ])("%s is %s", (ip, kind) => {
    expect(classifyAddress(ip)).toBe(kind);
  });
});

describe("privateNetworkPolicy", () => {
  it("allows private networks unless anyone may sign up; the setting wins", () => {
    expect(privateNetworkPolicy({})).toBe("allow");
    expect(privateNetworkPolicy({ signupMode: "invite" })).toBe("allow");
    expect(privateNetworkPolicy({ signupMode: "open" })).toBe("deny");
    expect(privateNetworkPolicy({ signupMode: "open", variable: "allow" })).toBe("allow");
    expect(privateNetworkPolicy({ variable: "deny" })).toBe("deny");
  });
});

describe("checkOutboundUrl", () => {
  afterEach(() => {
    delete process.env.PRIVATE_NETWORK_PROVIDERS;
    delete process.env.SIGNUP;
    resetEnvCache();
  });

  it.each([
    ["http://169.254.169.254/latest/meta-data", "metadata", "169.254.169.254"],
    ["http://[fd00:ec2::254]/", "metadata", "fd00:ec2::254"],
    ["http://[::ffff:169.254.169.254]/", "metadata", "::ffff:a9fe:a9fe"],
    ["http://metadata.google.internal/computeMetadata/v1", "metadata", "metadata.google.internal"],
    ["http://2852039166/", "metadata", "169.254.169.254"],
    ["http://169.254.10.10:8080/v1", "linkLocal", "169.254.10.10"],
    ["http://0.0.0.0:11434/v1", "reserved", "0.0.0.0"],
    ["ftp://example.com/", "badScheme", "ftp:"],
    ["file:///etc/passwd", "badScheme", "file:"],
    ["not a url", "badScheme", ""],
  ])("refuses %s (%s)", (url, rule, host) => {
    expect(checkOutboundUrl(url)).toEqual({ ok: false, rule, host });
  });

  it("leaves names to the check at request time", () => {
    expect(checkOutboundUrl("https://api.openai.com/v1")).toEqual({ ok: true });
    expect(checkOutboundUrl("https://my-resource.openai.azure.com")).toEqual({ ok: true });
  });

  it("lets private addresses through unless the installation denies them", () => {
    for (const url of ["http://127.0.0.1:11434/v1", "http://localhost:8000/v1", "http://[::1]/", "http://10.0.0.5/"]) {
      expect(checkOutboundUrl(url), url).toEqual({ ok: true });
    }
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    expect(checkOutboundUrl("http://127.0.0.1:11434/v1")).toEqual({
      ok: false,
      rule: "privateNetwork",
      host: "127.0.0.1",
    });
    expect(checkOutboundUrl("http://localhost:8000/v1")).toEqual({
      ok: false,
      rule: "privateNetwork",
      host: "localhost",
    });
    expect(checkOutboundUrl("http://[::1]/")).toEqual({ ok: false, rule: "privateNetwork", host: "::1" });
  });

  it("denies private addresses by default where anyone may sign up", () => {
    process.env.SIGNUP = "open";
    resetEnvCache();
    expect(checkOutboundUrl("http://192.168.1.20/v1")).toMatchObject({ ok: false, rule: "privateNetwork" });
  });
});
