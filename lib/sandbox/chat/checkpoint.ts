/**
 * How a checkpoint answers: like the final model, but less exactly the earlier it was saved. Its distance
 * from the end of training, drift = 1 - stage, scales every deviation, so stage 1 is the final model.
 */
import type { Example, Match } from "@/lib/text-similarity/similarity";

const driftOf = (stage: number) => 1 - Math.min(Math.max(stage, 0), 1);

/**
 * The match a checkpoint answers from. The final model takes the best; an earlier one now and then
 * confuses it with a runner-up, with a chance of 0.8 · drift² (stage 0.9: 1 in 125; stage 0.3: 2 in 5).
 */
export function pickMatch(ranked: readonly Match[], stage: number, random: () => number): Match | undefined {
  if (ranked.length > 1 && random() < 0.8 * driftOf(stage) ** 2) {
    return ranked[1 + Math.floor(random() * (ranked.length - 1))];
  }
  return ranked[0];
}

/**
 * A reply as a checkpoint says it: it keeps only the first (1 - drift / 2) of the sentences, and replaces
 * each word with a chance of 0.3 · drift by a word from another training reply, as a model that has not
 * yet learnt which words belong together would.
 */
export function blurReply(
  reply: string,
  { stage, random, examples }: { stage: number; random: () => number; examples: readonly Example[] },
): string {
  const drift = driftOf(stage);
  if (drift === 0) return reply;
  const sentences = reply.match(/[^.!?…]+(?:[.!?…]+|$)\s*/gu) ?? [reply];
  const kept = sentences.slice(0, Math.max(1, Math.ceil(sentences.length * (1 - drift / 2)))).join("");
  const blurred = kept
    .trimEnd()
    .replace(/[\p{L}\p{N}]+/gu, (word) => (random() < 0.3 * drift ? (wordFrom(examples, random) ?? word) : word));
  return blurred.trim() ? blurred : reply;
}

function wordFrom(examples: readonly Example[], random: () => number): string | undefined {
  const words = examples[Math.floor(random() * examples.length)]?.reply.match(/\p{L}{3,}/gu) ?? [];
  return words[Math.floor(random() * words.length)];
}
