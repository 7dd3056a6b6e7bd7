import { describe, expect, it } from "vitest";
import { decodeBase64IfEncoded } from "./result-file";

const CSV = "step,train_loss,train_accuracy\n1,2.5,0.4\n2,2.1,0.5\n3,1.8,0.6\n";

async function through(chunks: string[]): Promise<string> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
      controller.close();
    },
  });
  return new Response(source.pipeThrough(decodeBase64IfEncoded())).text();
}

const split = (text: string, size: number) =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size));

describe("decodeBase64IfEncoded", () => {
  it("decodes a base64 result file split at any point, line breaks included", async () => {
    const encoded = Buffer.from(CSV).toString("base64");
    for (const size of [1, 3, 5, 7, 64])
      expect(await through(split(`${encoded.slice(0, 20)}\n${encoded.slice(20)}`, size))).toBe(CSV);
  });

  it("passes a plain CSV through untouched", async () => {
    expect(await through(split(CSV, 6))).toBe(CSV);
  });
});
