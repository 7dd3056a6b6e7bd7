/** Turns an entry's text into checked values, or refuses it naming the entry (and line) and the field at fault. */
import type { z } from "zod";
import { type ArchiveError, entryError } from "./errors";

export async function parseJson<Schema extends z.ZodType>(
  entry: string,
  text: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  return parseValue(entry, jsonOf(entry, text), schema);
}

export function jsonOf(entry: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw entryError(entry, "not_json", { cause });
  }
}

export async function parseValue<Schema extends z.ZodType>(
  entry: string,
  value: unknown,
  schema: Schema,
): Promise<z.output<Schema>> {
  // Async, so a check that has to look something up (an address's host) can join the schemas.
  const result = await schema.safeParseAsync(value);
  if (result.success) return result.data;
  throw refusal(entry, value, result.error.issues[0]);
}

/** A JSON Lines entry: one row per non-empty line; a refusal names the line as entry:line. */
export async function parseLines<Schema extends z.ZodType>(
  entry: string,
  text: string,
  schema: Schema,
): Promise<z.output<Schema>[]> {
  const rows: z.output<Schema>[] = [];
  const lines = text.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() !== "") rows.push(await parseJson(`${entry}:${index + 1}`, line, schema));
  }
  return rows;
}

function refusal(entry: string, value: unknown, issue: z.core.$ZodIssue | undefined): ArchiveError {
  if (issue?.code === "unrecognized_keys") {
    const field = issue.keys.map((key) => fieldName([...issue.path, key])).join(", ");
    return entryError(entry, "unknown_field", { field });
  }
  if (!issue || issue.path.length === 0) return entryError(entry, "invalid_entry");
  const missing = valueAt(value, issue.path) === undefined;
  return entryError(entry, missing ? "missing_field" : "invalid_value", { field: fieldName(issue.path) });
}

/** hyperparameters, [2].baseUrl, columns[0].model */
function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`))
    .join("");
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A value the entry's path also states (its id, its version number) must agree with it. */
export function expectField(entry: string, field: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) throw entryError(entry, "invalid_value", { field });
}
