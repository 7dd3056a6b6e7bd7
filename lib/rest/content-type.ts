/** Whether a request body is a JSON object (the default) or a file of examples (JSONL, CSV, TSV). */
export function isFileBody(request: Request): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  return /^(application\/(jsonl|x-ndjson|ndjson|jsonlines|x-jsonlines)|text\/(plain|csv|tab-separated-values))$/.test(
    type,
  );
}
