/** Splits a dataset into training and validation examples: seeded, reproducible, optionally per system prompt. */
import { isRecord } from "@/lib/training-data/chat-message";
import { contentText } from "@/lib/training-data/tokens";

export const MAX_VALIDATION_RATIO = 0.5;

type SplitOptions = { validationRatio: number; seed: number; stratify: boolean };
type Splittable = { id: string; systemPrompt: string | null };

/** OpenAI wants at least 10 training examples; the validation part only takes what is left above that. */
const MIN_TRAINING = 10;

/**
 * Both parts keep the input's order. Which part an example lands in depends only on its id and the seed,
 * not on where it is, so reordering or editing examples does not move them between parts.
 */
export function splitExamples<T extends Splittable>(
  examples: T[],
  { validationRatio, seed, stratify }: SplitOptions,
): { training: T[]; validation: T[] } {
  const total = validationCount(examples.length, validationRatio);
  const groups = stratify ? groupBy(examples, (example) => example.systemPrompt ?? "") : [examples];
  const shares = apportion(
    groups.map((group) => group.length),
    total,
    seed,
  );
  const chosen = new Set<string>();
  groups.forEach((group, index) => {
    for (const example of shuffled(group, seed).slice(0, shares[index])) chosen.add(example.id);
  });
  return {
    training: examples.filter((example) => !chosen.has(example.id)),
    validation: examples.filter((example) => chosen.has(example.id)),
  };
}

/** round(ratio × n), at least 1 when there is anything to split, and not eating into the training minimum. */
function validationCount(examples: number, ratio: number): number {
  if (ratio <= 0 || examples < 2) return 0;
  const wanted = Math.round(Math.min(ratio, MAX_VALIDATION_RATIO) * examples);
  return Math.max(1, Math.min(wanted, examples - MIN_TRAINING));
}

/** Groups in order of first appearance. */
function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const value = key(item);
    const group = groups.get(value);
    if (group) group.push(item);
    else groups.set(value, [item]);
  }
  return [...groups.values()];
}

/**
 * `total` shared out in proportion to the sizes (largest remainder), so each group keeps the ratio as
 * closely as whole examples allow. Ties go to groups by a seeded order, not always to the first ones.
 */
function apportion(sizes: number[], total: number, seed: number): number[] {
  const examples = sizes.reduce((sum, size) => sum + size, 0);
  if (examples === 0) return sizes.map(() => 0);
  const quotas = sizes.map((size) => (total * size) / examples);
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((sum, share) => sum + share, 0);
  const byRemainder = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota), tie: hash32(`${seed}:${index}`) }))
    .sort((a, b) => b.remainder - a.remainder || a.tie - b.tie);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** A seeded order that depends on the ids alone (not on the input's order). */
function shuffled<T extends Splittable>(examples: T[], seed: number): T[] {
  return examples
    .map((example) => ({ example, key: hash32(`${seed}:${example.id}`) }))
    .sort((a, b) => a.key - b.key || (a.example.id < b.example.id ? -1 : a.example.id > b.example.id ? 1 : 0))
    .map(({ example }) => example);
}

/** FNV-1a with MurmurHash3's final mix, so ids differing in one character land far apart; not for secrets. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The messages of an example: a chat's, or a DPO example's input. */
export function conversationOf(example: Record<string, unknown>): unknown[] {
  const messages = isRecord(example.input) ? example.input.messages : example.messages;
  return Array.isArray(messages) ? messages : [];
}

/** The content of the first system message, or null without one. */
export function systemPromptOf(example: Record<string, unknown>): string | null {
  const system = conversationOf(example).find((message) => isRecord(message) && message.role === "system");
  return isRecord(system) ? contentText(system.content) : null;
}
