/** Synthetic training examples at any scale, for tests and benchmarks of the similarity index. */

import type { Example } from "@/lib/text-similarity/similarity";
import { seededRandom } from "./random";

const syllables = (
  "be stel lung zu rück ver sand lie fer größ kauf preis wan der schuh zelt jak ke rech nung kon to pass " +
  "wort ü ber weis ship ment or re turn size bag tent pay card gift code na"
).split(" ");
const stopwords = "wie kann ich meine eine der die das ist für how do i my the".split(" ");

/**
 * `count` examples with prompts of 6 to 20 words and replies of 12 to 41. Content words come from 5 000
 * made-up words with a skewed (Zipf-like) frequency, so posting lists are as uneven as in real data.
 */
export function syntheticExamples(count: number, seed = 1): Example[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const vocabulary = Array.from({ length: 5000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(""),
  );
  const sentence = (words: number) =>
    Array.from({ length: words }, () =>
      random() < 0.35 ? pick(stopwords) : vocabulary[Math.floor(vocabulary.length * random() ** 2)],
    ).join(" ");
  return Array.from({ length: count }, () => ({
    prompt: `${sentence(6 + Math.floor(random() * 15))}?`,
    reply: `${sentence(12 + Math.floor(random() * 30))}.`,
  }));
}
