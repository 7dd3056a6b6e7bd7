/** The words of training-file errors, shared by job validation and the dataset editor so both say the same. */
export type FilePurpose = "training" | "validation";

/** What is wrong with one example; `where` names the part ("message 2"), null for the example as a whole. */
export type ExampleProblem = { where: string | null; text: string };

export const MIN_TRAINING_EXAMPLES = 10;

export function fileErrorMessage(purpose: FilePurpose, detail: string): string {
  return `The job failed due to an invalid ${purpose} file. ${detail}`;
}

export function exampleProblemDetail(line: number, problem: ExampleProblem): string {
  return `Line ${line}${problem.where ? `, ${problem.where}` : ""}: ${problem.text}`;
}

export function invalidJsonDetail(line: number, error: string): string {
  return `Line ${line} is not valid JSON: ${error}`;
}

export function emptyFileDetail(purpose: FilePurpose): string {
  return `The ${purpose} file has no examples.`;
}

export function tooFewExamplesDetail(examples: number): string {
  return `The training file has ${examples} example${examples === 1 ? "" : "s"}, but at least ${MIN_TRAINING_EXAMPLES} are required.`;
}
