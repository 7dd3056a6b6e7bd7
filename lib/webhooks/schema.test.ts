import { describe, expect, it } from "vitest";
import { isAllowedWebhookUrl, saveWebhookSchema } from "./schema";

describe("isAllowedWebhookUrl", () => {
  it("takes https anywhere and http only to this machine", () => {
    expect(isAllowedWebhookUrl("https://hooks.example.com/ft")).toBe(true);
    expect(isAllowedWebhookUrl("http://localhost:4000/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://127.0.0.1/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://[::1]:8080/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://hooks.example.com/ft")).toBe(false);
    expect(isAllowedWebhookUrl("http://169.254.169.254/latest")).toBe(false);
    expect(isAllowedWebhookUrl("ftp://example.com")).toBe(false);
    expect(isAllowedWebhookUrl("https://user:pass@example.com")).toBe(false);
    expect(isAllowedWebhookUrl("not a url")).toBe(false);
  });
});

describe("saveWebhookSchema", () => {
  it("refuses an address the outbound guard refuses, naming the rule", () => {
    const issue = (url: string) =>
      saveWebhookSchema.safeParse({ url, events: ["job.failed"], enabled: true }).error?.issues[0];
    expect(issue("https://169.254.169.254/latest")).toMatchObject({
      message: "outbound.metadata",
      params: { host: "169.254.169.254" },
    });
    expect(issue("https://[fe80::1]/hook")).toMatchObject({
      message: "outbound.linkLocal",
      params: { host: "fe80::1" },
    });
    expect(issue("https://0.0.0.0/hook")).toMatchObject({ message: "outbound.reserved" });
    expect(issue("https://hooks.example.com/ft")).toBeUndefined();
  });

  it("needs at least one known event and names the problem", () => {
    const none = saveWebhookSchema.safeParse({ url: "https://x.example", events: [], enabled: true });
    expect(none.error?.issues[0]?.message).toBe("pickWebhookEvent");
    expect(
      saveWebhookSchema.safeParse({ url: "https://x.example", events: ["job.deleted"], enabled: true }).success,
    ).toBe(false);
    expect(
      saveWebhookSchema.parse({ url: " https://x.example ", events: ["job.failed", "job.failed"], enabled: true }),
    ).toEqual({
      url: "https://x.example",
      events: ["job.failed"],
      enabled: true,
    });
  });
});
