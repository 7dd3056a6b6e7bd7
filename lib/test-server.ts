/** A local HTTP server for one test file: it listens on a free port before the file's tests and closes after them. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

export function localServer(handler: http.RequestListener): { readonly origin: string } {
  const server = http.createServer(handler);
  const address = { origin: "" };
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    address.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return address;
}
