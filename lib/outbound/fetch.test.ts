import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { localServer } from "@/lib/test-server";
import { OutboundBlockedError } from "./check";
import { createGuardedFetch, MAX_REDIRECTS, type Resolve } from "./fetch";

/** A local server whose paths answer with a redirect to `?to=`, a redirect loop, or their own name. */
const hits: string[] = [];
let finishStream = () => {};

const server = localServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://local");
  hits.push(`${request.method} ${url.pathname}`);
  const to = url.searchParams.get("to");
  if (to) {
    response.writeHead(Number(url.searchParams.get("status") ?? 302), { location: to });
    return response.end();
  }
  if (url.pathname === "/stream") {
    response.writeHead(200, { "content-type": "text/event-stream" });
    response.write("data: first\n\n");
    finishStream = () => response.end("data: last\n\n");
    return;
  }
  if (url.pathname === "/loop") {
    response.writeHead(302, { location: "/loop" });
    return response.end();
  }
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    response.writeHead(200, {
      "content-type": "text/plain",
      "x-request-type": request.headers["content-type"] ?? "",
    });
    response.end(`${request.method} ${url.pathname} ${body}`);
  });
});
afterEach(() => {
  delete process.env.PRIVATE_NETWORK_PROVIDERS;
  resetEnvCache();
});

async function refusal(promise: Promise<unknown>): Promise<OutboundBlockedError> {
  const error = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  expect(error).toBeInstanceOf(OutboundBlockedError);
  return error as OutboundBlockedError;
}

const redirect = (to: string, status = 302) => `${server.origin}/moved?status=${status}&to=${encodeURIComponent(to)}`;

describe("the guarded fetch", () => {
  const guardedFetch = createGuardedFetch();

  it("calls a local server when private networks are allowed (the default)", async () => {
    const response = await guardedFetch(`${server.origin}/models`);
    expect(response).toBeInstanceOf(Response);
    expect(response.headers).toBeInstanceOf(Headers);
    expect(response.url).toBe(`${server.origin}/models`);
    expect(await response.text()).toBe("GET /models ");
  });

  it("hands a streamed answer over as it arrives", async () => {
    const response = await guardedFetch(`${server.origin}/stream`);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    // The server sends the rest only after the first part was read: a buffering guard would wait forever.
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("data: first\n\n");
    finishStream();
    const rest = await reader.read();
    expect(new TextDecoder().decode(rest.value)).toBe("data: last\n\n");
  });

  it("refuses a local server under PRIVATE_NETWORK_PROVIDERS=deny", async () => {
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    const error = await refusal(guardedFetch(`${server.origin}/models`));
    expect(error).toMatchObject({ rule: "privateNetwork", host: "127.0.0.1" });
  });

  it("refuses cloud metadata without sending anything", async () => {
    const error = await refusal(guardedFetch("http://169.254.169.254/latest/meta-data/"));
    expect(error).toMatchObject({ rule: "metadata", host: "169.254.169.254" });
  });

  it("refuses a redirect to cloud metadata", async () => {
    const error = await refusal(guardedFetch(redirect("http://169.254.169.254/latest/meta-data/")));
    expect(error).toMatchObject({ rule: "redirectToOtherHost", host: "169.254.169.254" });
  });

  it("refuses a redirect to another host, even one that is the same machine", async () => {
    const other = server.origin.replace("127.0.0.1", "localhost");
    const before = hits.length;
    const error = await refusal(guardedFetch(redirect(`${other}/models`)));
    expect(error).toMatchObject({ rule: "redirectToOtherHost", host: new URL(other).host });
    expect(hits.slice(before)).toEqual(["GET /moved"]);
  });

  it("follows a redirect within the same origin", async () => {
    const response = await guardedFetch(redirect("/models"));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("GET /models ");
  });

  it("keeps method and body on 307, and turns a POST into a GET on 303", async () => {
    const kept = await guardedFetch(redirect("/echo", 307), { method: "POST", body: "hello" });
    expect(await kept.text()).toBe("POST /echo hello");
    const seeOther = await guardedFetch(redirect("/result", 303), { method: "POST", body: "hello" });
    expect(await seeOther.text()).toBe("GET /result ");
  });

  it("sends multipart bodies built with the platform's FormData (SDK file uploads)", async () => {
    expect(guardedFetch.Response).toBe(Response);
    const form = new FormData();
    form.append("purpose", "fine-tune");
    form.append("file", new File(['{"messages":[]}\n'], "train.jsonl", { type: "application/jsonl" }));
    const response = await guardedFetch(`${server.origin}/files`, { method: "POST", body: form });
    expect(response.headers.get("x-request-type")).toMatch(/^multipart\/form-data; boundary=/);
    const text = await response.text();
    expect(text).toContain('filename="train.jsonl"');
    expect(text).toContain('{"messages":[]}');
    expect(text).toContain("fine-tune");
  });

  it("gives up on a redirect loop", async () => {
    const before = hits.length;
    await expect(guardedFetch(`${server.origin}/loop`)).rejects.toThrow(/redirects/);
    expect(hits.length - before).toBe(MAX_REDIRECTS + 1);
  });

  it("hands a redirect back untouched when the caller follows none", async () => {
    const response = await guardedFetch(redirect("http://169.254.169.254/"), { redirect: "manual" });
    expect(response.status).toBe(302);
  });

  it("exempts exactly the trusted origin", async () => {
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    const sandboxFetch = createGuardedFetch({ trustedOrigin: server.origin });
    expect((await sandboxFetch(`${server.origin}/api/sandbox/v1/models`)).status).toBe(200);
    const otherPort = server.origin.replace(/:\d+$/, ":1");
    await refusal(sandboxFetch(`${otherPort}/models`));
    await refusal(sandboxFetch(redirect("http://169.254.169.254/")));
  });
});

describe("name resolution", () => {
  const port = () => new URL(server.origin).port;
  const answering =
    (...addresses: string[]): Resolve =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

  it("refuses a public-looking name that resolves to cloud metadata", async () => {
    const guardedFetch = createGuardedFetch({ resolve: answering("169.254.169.254") });
    const error = await refusal(guardedFetch("http://models.example.com/v1/models"));
    expect(error).toMatchObject({ rule: "metadata", host: "models.example.com (169.254.169.254)" });
  });

  it("refuses a name when any one of its addresses is forbidden", async () => {
    const guardedFetch = createGuardedFetch({ resolve: answering("127.0.0.1", "fe80::1") });
    const error = await refusal(guardedFetch(`http://models.example.com:${port()}/v1/models`));
    expect(error).toMatchObject({ rule: "linkLocal" });
  });

  it("refuses a name that resolves to a private address under deny", async () => {
    process.env.PRIVATE_NETWORK_PROVIDERS = "deny";
    resetEnvCache();
    const guardedFetch = createGuardedFetch({ resolve: answering("10.0.0.8") });
    const error = await refusal(guardedFetch("http://models.example.com/v1/models"));
    expect(error).toMatchObject({ rule: "privateNetwork", host: "models.example.com (10.0.0.8)" });
  });

  it("connects to the address it checked", async () => {
    const guardedFetch = createGuardedFetch({ resolve: answering("127.0.0.1") });
    const response = await guardedFetch(`http://models.example.com:${port()}/checked`);
    expect(await response.text()).toBe("GET /checked ");
  });

  it("refuses a name without addresses", async () => {
    const guardedFetch = createGuardedFetch({ resolve: answering() });
    const error = await refusal(guardedFetch("http://nowhere.example.com/"));
    expect(error).toMatchObject({ rule: "unresolvable", host: "nowhere.example.com" });
  });
});

describe("the installation's sign-up mode", () => {
  it("closes private networks when an admin opened sign-up, unless PRIVATE_NETWORK_PROVIDERS says otherwise", async () => {
    const { getPrivateNetworkPolicy, storeSignupMode } = await import("@/lib/installation/queries");
    const guardedFetch = createGuardedFetch({ policy: getPrivateNetworkPolicy });
    await storeSignupMode("open");
    try {
      const error = await refusal(guardedFetch(`${server.origin}/models`));
      expect(error).toMatchObject({ rule: "privateNetwork", host: "127.0.0.1" });
      process.env.PRIVATE_NETWORK_PROVIDERS = "allow";
      resetEnvCache();
      expect((await guardedFetch(`${server.origin}/models`)).status).toBe(200);
    } finally {
      await storeSignupMode("invite");
    }
    delete process.env.PRIVATE_NETWORK_PROVIDERS;
    resetEnvCache();
    expect((await guardedFetch(`${server.origin}/models`)).status).toBe(200);
  });
});
