/** Why an archive cannot be imported; each reason has a message under portability.import.errors. */
export const ARCHIVE_PROBLEMS = [
  "not_zip",
  "no_manifest",
  "newer_format",
  "checksum",
  "bad_entry",
  "too_large",
  "too_many_entries",
  "unpacked_too_large",
  "entry_too_large",
  "not_empty",
] as const;
export type ArchiveProblem = (typeof ARCHIVE_PROBLEMS)[number];

/** What is wrong with one entry of an archive ("bad_entry"). */
type EntryIssue =
  | "unknown_entry"
  | "missing_entry"
  | "not_json"
  | "invalid_entry"
  | "unknown_field"
  | "missing_field"
  | "invalid_value";

/** The values a problem's message names: the entry and field, or the limit and the variable that sets it. */
export type ProblemParams = Record<string, string | number>;

const ISSUE_WORDS: Record<EntryIssue, (field: string) => string> = {
  unknown_entry: () => "not part of a workspace archive",
  missing_entry: () => "missing",
  not_json: () => "not JSON",
  invalid_entry: () => "not what this entry holds",
  unknown_field: (field) => `unknown field ${field}`,
  missing_field: (field) => `missing field ${field}`,
  invalid_value: (field) => `wrong value in field ${field}`,
};

export class ArchiveError extends Error {
  readonly problem: ArchiveProblem;
  readonly params: ProblemParams;

  constructor(problem: ArchiveProblem, options: { params?: ProblemParams; cause?: unknown } = {}) {
    super(messageOf(problem, options.params ?? {}), { cause: options.cause });
    this.name = "ArchiveError";
    this.problem = problem;
    this.params = options.params ?? {};
  }
}

/** An entry the import does not accept, named with the field at fault. */
export function entryError(
  entry: string,
  issue: EntryIssue,
  options: { field?: string; cause?: unknown } = {},
): ArchiveError {
  return new ArchiveError("bad_entry", { params: { entry, issue, field: options.field ?? "" }, cause: options.cause });
}

/** The message for logs and API clients; the app words the same problem from its code and params. */
function messageOf(problem: ArchiveProblem, params: ProblemParams): string {
  const { entry, issue, field, limit, variable } = params;
  switch (problem) {
    case "bad_entry":
      return `This archive is not valid: ${entry}: ${ISSUE_WORDS[issue as EntryIssue](String(field))}`;
    case "too_many_entries":
      return `The archive has more than ${limit} entries (${variable})`;
    case "unpacked_too_large":
      return `The archive unpacks to more than ${limit} MB (${variable})`;
    case "entry_too_large":
      return `The archive's entry ${entry} unpacks to more than ${limit} MB (${variable})`;
    default:
      return `The archive cannot be imported: ${problem}`;
  }
}
