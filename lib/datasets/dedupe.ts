/** Duplicate examples: exact copies, and questions asked again in other words (same text or TF-IDF ≥ 0.9). */
import { buildExampleIndex, type ExampleIndex } from "@/lib/text-similarity/similarity";
import { isRecord } from "@/lib/training-data/chat-message";
import { contentText } from "@/lib/training-data/tokens";
import { conversationOf } from "./split";

const SIMILAR_SCORE = 0.9;

/** Words, word pairs and trigrams weigh as in the Sandbox's matching (similarity.ts). */
const FAMILY_WEIGHTS = [0.4, 0.2, 0.4] as const;
/**
 * Near duplicates are looked for among examples sharing one of an example's two rarest words. A word used
 * by more examples than this says little, and comparing with all of them would make 50 000 examples slow;
 * questions made only of such words are still found when their normalised text is the same.
 */
const MAX_SHARED = 64;

/** The first user message's text (of the input, for DPO). */
export function questionOf(example: Record<string, unknown>): string {
  const first = conversationOf(example).find((message) => isRecord(message) && message.role === "user");
  return isRecord(first) ? contentText(first.content) : "";
}

/** Case, accents' composition, punctuation and spacing do not make a question a different one. */
export function normaliseQuestion(question: string): string {
  return (
    question
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  ).join(" ");
}

type Duplicates = {
  /** Indexes of examples that are an exact copy of an earlier one (what removing duplicates deletes). */
  exact: number[];
  /** Indexes of other examples whose question is (nearly) that of an earlier example. */
  similar: number[];
  /** Indexes of every example in a group of exact copies or similar questions, the first ones too. */
  involved: Set<number>;
};

/** `data` is the stored JSON line, `question` its first user message. */
export function findDuplicates(examples: ReadonlyArray<{ data: string; question: string }>): Duplicates {
  const involved = new Set<number>();
  const firstByData = new Map<string, number>();
  const exact: number[] = [];
  examples.forEach(({ data }, index) => {
    const first = firstByData.get(data);
    if (first === undefined) {
      firstByData.set(data, index);
      return;
    }
    exact.push(index);
    involved.add(first).add(index);
  });
  const isCopy = new Set(exact);
  const firstByQuestion = new Map<string, number>();
  const similar = new Set<number>();
  const keys = examples.map(({ question }) => normaliseQuestion(question));
  keys.forEach((key, index) => {
    if (key === "" || isCopy.has(index)) return;
    const first = firstByQuestion.get(key);
    if (first === undefined) {
      firstByQuestion.set(key, index);
      return;
    }
    similar.add(index);
    involved.add(first).add(index);
  });
  for (const [earlier, later] of similarPairs(keys)) {
    if (isCopy.has(later) || isCopy.has(earlier)) continue;
    similar.add(later);
    involved.add(earlier).add(later);
  }
  return { exact, similar: [...similar].sort((a, b) => a - b), involved };
}

/** Pairs [earlier, later] of distinct, non-empty questions whose TF-IDF similarity is at least SIMILAR_SCORE. */
function similarPairs(questions: readonly string[]): Array<[number, number]> {
  const index = buildExampleIndex(questions.map((prompt) => ({ prompt, reply: "" })));
  const { postingStarts, postingExamples } = index;
  const families = index.vocabulary.families;
  const all = forwardVectors(index, () => true);
  const words = forwardVectors(index, (feature) => families[feature] === 0);
  const frequency = (feature: number) => (postingStarts[feature + 1] ?? 0) - (postingStarts[feature] ?? 0);
  const lastCompared = new Int32Array(questions.length).fill(-1);
  const pairs: Array<[number, number]> = [];
  for (let example = 0; example < questions.length; example++) {
    for (const feature of twoRarest(words.featuresOf(example), frequency)) {
      for (let slot = postingStarts[feature] ?? 0; slot < (postingStarts[feature + 1] ?? 0); slot++) {
        const other = postingExamples[slot] ?? 0;
        if (other <= example || lastCompared[other] === example) continue;
        lastCompared[other] = example;
        if (questions[other] === questions[example] || words.dot(example, other) < MIN_WORD_COSINE) continue;
        if (score(all, families, example, other) >= SIMILAR_SCORE) pairs.push([example, other]);
      }
    }
  }
  return pairs;
}

/** The two words of an example shared with the fewest others (but with some, and not too many). */
function twoRarest(features: Int32Array, frequency: (feature: number) => number): number[] {
  let [first, second] = [-1, -1];
  for (const feature of features) {
    const shared = frequency(feature);
    if (shared < 2 || shared > MAX_SHARED) continue;
    if (first === -1 || shared < frequency(first)) [first, second] = [feature, first];
    else if (second === -1 || shared < frequency(second)) second = feature;
  }
  return [first, second].filter((feature) => feature !== -1);
}

/**
 * With every family present the score is at most 0.4 × the word cosine + 0.6, so a pair below this word
 * cosine cannot reach SIMILAR_SCORE: a cheap test before comparing all features.
 */
const MIN_WORD_COSINE = (SIMILAR_SCORE - (1 - FAMILY_WEIGHTS[0])) / FAMILY_WEIGHTS[0];

/** The family-weighted cosine of two examples; a family only one of them has counts as no match in it. */
function score(vectors: ForwardVectors, families: readonly number[], a: number, b: number): number {
  const dots = [0, 0, 0];
  const present = [false, false, false];
  vectors.merge(a, b, (feature, product) => {
    const family = families[feature] ?? 0;
    present[family] = true;
    dots[family] = (dots[family] ?? 0) + product;
  });
  const total = FAMILY_WEIGHTS.reduce((sum, weight, family) => sum + (present[family] ? weight : 0), 0);
  const weighted = FAMILY_WEIGHTS.reduce((sum, weight, family) => sum + weight * (dots[family] ?? 0), 0);
  return total === 0 ? 0 : weighted / total;
}

type ForwardVectors = ReturnType<typeof forwardVectors>;

/** The index's postings turned around: each example's features (ascending) with their weights. */
function forwardVectors(index: ExampleIndex, keep: (feature: number) => boolean) {
  const { postingStarts, postingExamples, postingWeights } = index;
  const starts = new Int32Array(index.examples.length + 1);
  const features = postingStarts.length - 1;
  for (let feature = 0; feature < features; feature++) {
    if (!keep(feature)) continue;
    for (let slot = postingStarts[feature] ?? 0; slot < (postingStarts[feature + 1] ?? 0); slot++) {
      const example = (postingExamples[slot] ?? 0) + 1;
      starts[example] = (starts[example] ?? 0) + 1;
    }
  }
  for (let i = 1; i < starts.length; i++) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
  const ids = new Int32Array(starts.at(-1) ?? 0);
  const weights = new Float32Array(ids.length);
  const next = starts.slice(0, -1);
  for (let feature = 0; feature < features; feature++) {
    if (!keep(feature)) continue;
    for (let slot = postingStarts[feature] ?? 0; slot < (postingStarts[feature + 1] ?? 0); slot++) {
      const example = postingExamples[slot] ?? 0;
      const at = next[example] ?? 0;
      next[example] = at + 1;
      ids[at] = feature;
      weights[at] = postingWeights[slot] ?? 0;
    }
  }
  /** Calls `visit` for every feature of either example, with the product of their weights (0 if one lacks it). */
  const merge = (a: number, b: number, visit: (feature: number, product: number) => void) => {
    let [i, j] = [starts[a] ?? 0, starts[b] ?? 0];
    const [endA, endB] = [starts[a + 1] ?? 0, starts[b + 1] ?? 0];
    while (i < endA || j < endB) {
      const fa = i < endA ? (ids[i] ?? 0) : Number.POSITIVE_INFINITY;
      const fb = j < endB ? (ids[j] ?? 0) : Number.POSITIVE_INFINITY;
      const product = fa === fb ? (weights[i] ?? 0) * (weights[j] ?? 0) : 0;
      visit(Math.min(fa, fb), product);
      if (fa <= fb) i++;
      if (fb <= fa) j++;
    }
  };
  /** The dot product alone: called for every candidate pair, so without a callback. */
  const dot = (a: number, b: number) => {
    let [i, j, sum] = [starts[a] ?? 0, starts[b] ?? 0, 0];
    const [endA, endB] = [starts[a + 1] ?? 0, starts[b + 1] ?? 0];
    while (i < endA && j < endB) {
      const [fa, fb] = [ids[i] ?? 0, ids[j] ?? 0];
      if (fa === fb) sum += (weights[i++] ?? 0) * (weights[j++] ?? 0);
      else if (fa < fb) i++;
      else j++;
    }
    return sum;
  };
  return {
    featuresOf: (example: number) => ids.subarray(starts[example], starts[example + 1]),
    merge,
    dot,
  };
}
