/** Why an archive cannot be imported; each reason has a message under portability.import.errors. */
export const ARCHIVE_PROBLEMS = [
  "not_zip",
  "no_manifest",
  "bad_manifest",
  "newer_format",
  "checksum",
  "bad_entry",
  "too_large",
  "not_empty",
] as const;
export type ArchiveProblem = (typeof ARCHIVE_PROBLEMS)[number];

export class ArchiveError extends Error {
  readonly problem: ArchiveProblem;

  constructor(problem: ArchiveProblem, cause?: unknown) {
    super(`The archive cannot be imported: ${problem}`, { cause });
    this.name = "ArchiveError";
    this.problem = problem;
  }
}
