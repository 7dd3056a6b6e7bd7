import { expect } from "@playwright/test";
import OpenAI from "openai";
import { toFile } from "openai/uploads";
import { createSandboxConnection, test } from "./sandbox/fixtures";
import { uploadJsonl } from "./sandbox/helpers";
import { t1000Jsonl } from "./sandbox/training-data";

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

test.describe("Sandbox files", () => {
  test("a fine-tune JSONL can be uploaded, retrieved, downloaded byte for byte and deleted", async () => {
    const { client } = createSandboxConnection();
    const file = await uploadJsonl(client);
    expect(file).toMatchObject({
      object: "file",
      purpose: "fine-tune",
      filename: "t1000.jsonl",
      bytes: Buffer.byteLength(t1000Jsonl),
    });
    expect(file.id).toMatch(/^file-/);

    expect(await client.files.retrieve(file.id)).toEqual(file);
    expect(await bytesOf(await client.files.content(file.id))).toEqual(Buffer.from(t1000Jsonl));

    expect(await client.files.delete(file.id)).toEqual({ id: file.id, object: "file", deleted: true });
    const error = await client.files.retrieve(file.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, type: "invalid_request_error" });
    expect((await client.files.list()).data).toEqual([]);
  });

  test("files are listed by purpose and order, and pages follow `after` until has_more is false", async () => {
    const { client } = createSandboxConnection();
    const uploaded = [];
    for (const name of ["a.jsonl", "b.jsonl", "c.jsonl"]) uploaded.push(await uploadJsonl(client, t1000Jsonl, name));
    const batch = await client.files.create({
      file: await toFile(Buffer.from('{"custom_id": "1"}\n'), "batch.jsonl"),
      purpose: "batch",
    });

    const descending = (await client.files.list({ purpose: "fine-tune" })).data.map((file) => file.id);
    expect(descending.toSorted()).toEqual(uploaded.map((file) => file.id).toSorted());
    const ascending = (await client.files.list({ purpose: "fine-tune", order: "asc" })).data.map((file) => file.id);
    expect(ascending).toEqual(descending.toReversed());
    expect((await client.files.list({ purpose: "batch" })).data.map((file) => file.id)).toEqual([batch.id]);
    expect((await client.files.list()).data).toHaveLength(4);

    let page = await client.files.list({ purpose: "fine-tune", order: "asc", limit: 1 });
    const walked = [page];
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      walked.push(page);
    }
    expect(walked.map((each) => each.data.map((file) => file.id))).toEqual(ascending.map((id) => [id]));
    expect(walked.map((each) => each.has_more)).toEqual([true, true, false]);

    const autoPaged = [];
    for await (const file of client.files.list({ purpose: "fine-tune", order: "asc", limit: 2 }))
      autoPaged.push(file.id);
    expect(autoPaged).toEqual(ascending);

    const unknownCursor = await client.files.list({ after: "file-doesnotexist000000000" });
    expect(unknownCursor.data).toEqual([]);
    expect(unknownCursor.has_more).toBe(false);
  });

  test("a .txt file is refused for fine-tuning with 400", async () => {
    const { client } = createSandboxConnection();
    const error = await client.files
      .create({ file: await toFile(Buffer.from(t1000Jsonl), "t1000.txt"), purpose: "fine-tune" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400 });
    expect((await client.files.list()).data).toEqual([]);
  });

  test("a malformed multipart body is refused with 400 and leaves nothing behind", async () => {
    const { client } = createSandboxConnection();
    const error = await client
      .post("/files", {
        body: Buffer.from(
          '--boundary\r\nContent-Disposition: form-data; name="file"; filename="x.jsonl"\r\n\r\nnot closed',
        ),
        headers: { "Content-Type": "multipart/form-data; boundary=boundary" },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((await client.files.list()).data).toEqual([]);
  });
});

test.describe("Sandbox uploads", () => {
  const head = Buffer.from(t1000Jsonl.slice(0, 700));
  const tail = Buffer.from(t1000Jsonl.slice(700));

  test("complete joins the parts in the order of part_ids into a file", async () => {
    const { client } = createSandboxConnection();
    const upload = await client.uploads.create({
      bytes: Buffer.byteLength(t1000Jsonl),
      filename: "t1000.jsonl",
      mime_type: "text/jsonl",
      purpose: "fine-tune",
    });
    expect(upload).toMatchObject({ object: "upload", status: "pending", file: null });
    expect(upload.id).toMatch(/^upload_/);

    // Sent tail first: the order is the one `complete` names, not the order of arrival.
    const second = await client.uploads.parts.create(upload.id, { data: await toFile(tail, "part") });
    const first = await client.uploads.parts.create(upload.id, { data: await toFile(head, "part") });
    expect(first).toMatchObject({ object: "upload.part", upload_id: upload.id });
    expect(first.id).toMatch(/^part_/);

    const completed = await client.uploads.complete(upload.id, { part_ids: [first.id, second.id] });
    expect(completed).toMatchObject({ id: upload.id, status: "completed" });
    expect(completed.file).toMatchObject({
      object: "file",
      filename: "t1000.jsonl",
      purpose: "fine-tune",
      bytes: Buffer.byteLength(t1000Jsonl),
    });
    const fileId = completed.file?.id ?? "";
    expect(await bytesOf(await client.files.content(fileId))).toEqual(Buffer.from(t1000Jsonl));
    expect((await client.files.list()).data.map((file) => file.id)).toContain(fileId);
  });

  test("a cancelled upload takes no more parts", async () => {
    const { client } = createSandboxConnection();
    const upload = await client.uploads.create({
      bytes: 10,
      filename: "t1000.jsonl",
      mime_type: "text/jsonl",
      purpose: "fine-tune",
    });
    expect(await client.uploads.cancel(upload.id)).toMatchObject({ id: upload.id, status: "cancelled", file: null });
    const error = await client.uploads.parts
      .create(upload.id, { data: await toFile(Buffer.from("0123456789"), "part") })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
  });

  test("complete refuses parts that do not add up to the announced bytes", async () => {
    const { client } = createSandboxConnection();
    const upload = await client.uploads.create({
      bytes: Buffer.byteLength(t1000Jsonl) + 1,
      filename: "t1000.jsonl",
      mime_type: "text/jsonl",
      purpose: "fine-tune",
    });
    const part = await client.uploads.parts.create(upload.id, { data: await toFile(Buffer.from(t1000Jsonl), "part") });
    const error = await client.uploads.complete(upload.id, { part_ids: [part.id] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400 });
    expect((await client.files.list()).data).toEqual([]);
  });
});
