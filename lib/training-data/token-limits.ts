/** How many tokens of one example a model trains on; OpenAI truncates longer examples rather than refusing them. */
const LIMITS_BY_PREFIX: ReadonlyArray<readonly [prefix: string, limit: number]> = [
  ["gpt-4.1-nano", 32_768],
  ["gpt-3.5-turbo", 16_385],
];

// gpt-4o, gpt-4o-mini, gpt-4.1, gpt-4.1-mini and o4-mini; newer models are at least as long.
const DEFAULT_LIMIT = 65_536;

/** The limit of a base model or of a fine-tuned one (`ft:<base>:org:suffix:id`), which trains like its base. */
export function tokenLimitForModel(model: string): number {
  const base = model.replace(/^ft:([^:]*).*$/, "$1");
  return LIMITS_BY_PREFIX.find(([prefix]) => base.startsWith(prefix))?.[1] ?? DEFAULT_LIMIT;
}
