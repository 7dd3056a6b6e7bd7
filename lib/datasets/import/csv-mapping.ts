/** Which CSV column holds which message of a chat example, as the browser's mapping step sends it. Pure. */
import { z } from "zod";
import type { ExampleData } from "../example-data";
import { mappingError } from "./file-error";

const CSV_COLUMN_ROLES = ["user", "assistant", "system", "ignore"] as const;

const csvMappingSchema = z.object({
  columns: z.record(z.string(), z.enum(CSV_COLUMN_ROLES)),
  systemPrompt: z.string().optional(),
  hasHeader: z.literal(true),
});

export type CsvMapping = z.infer<typeof csvMappingSchema>;

/** The header `x-import-mapping`: the mapping as URI-encoded JSON, or none. */
export function parseCsvMappingHeader(value: string | null): CsvMapping | undefined {
  if (value === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(decodeURIComponent(value));
  } catch {
    throw mappingError("mappingInvalid");
  }
  const mapping = csvMappingSchema.safeParse(json);
  if (!mapping.success) throw mappingError("mappingInvalid");
  checkRoles(mapping.data);
  return mapping.data;
}

/** Turns a row into `{ messages: [system?, user, assistant] }`; an empty cell gives an empty message. */
export function csvExampleBuilder(mapping: CsvMapping, header: string[]): (fields: string[]) => ExampleData {
  const roles = checkRoles(mapping);
  const names = header.map((name) => name.trim());
  for (const column of Object.keys(mapping.columns)) {
    if (!names.includes(column)) throw mappingError("mappingColumnMissing", { column });
  }
  const cell = (column: string) => {
    const index = names.indexOf(column);
    return (fields: string[]) => fields[index] ?? "";
  };
  const user = cell(roles.user);
  const assistant = cell(roles.assistant);
  const systemPrompt = mapping.systemPrompt?.trim() || undefined;
  const system = roles.system === undefined ? () => systemPrompt : cell(roles.system);
  return (fields) => {
    const content = system(fields);
    return {
      messages: [
        ...(content === undefined ? [] : [{ role: "system", content }]),
        { role: "user", content: user(fields) },
        { role: "assistant", content: assistant(fields) },
      ],
    };
  };
}

function checkRoles(mapping: CsvMapping): { user: string; assistant: string; system?: string } {
  const columnsFor = (role: string) =>
    Object.keys(mapping.columns).filter((column) => mapping.columns[column] === role);
  const [user, ...otherUsers] = columnsFor("user");
  const [assistant, ...otherAssistants] = columnsFor("assistant");
  const [system, ...otherSystems] = columnsFor("system");
  if (user === undefined || assistant === undefined || otherUsers.length > 0 || otherAssistants.length > 0) {
    throw mappingError("mappingNeedsUserAndAssistant");
  }
  if (otherSystems.length > 0 || (system !== undefined && mapping.systemPrompt?.trim())) {
    throw mappingError("mappingSystemTwice");
  }
  return { user, assistant, system };
}
