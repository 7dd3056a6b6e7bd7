/**
 * Finds the training examples whose prompts are closest to a conversation: TF-IDF cosine similarity per
 * feature family (vocabulary.ts), over an inverted index so a query only touches examples sharing a feature.
 */
import { GrowableInts } from "./growable-ints";
import { type Family, Vocabulary } from "./vocabulary";

export type Example = { prompt: string; reply: string };
export type Match = { index: number; score: number };
/** What is asked (the last user message) and what came before it (system prompt, earlier user turns). */
type Query = string | { question: string; context?: string };
type FamilyValues = [number, number, number];

/** Words carry the meaning, trigrams forgive typos and inflection, bigrams reward the same word order. */
const familyWeights = [0.4, 0.2, 0.4] as const;
/** Earlier turns steer the match but must not outvote the question itself. */
const contextWeight = 0.5;

export type ExampleIndex = {
  examples: readonly Example[];
  vocabulary: Vocabulary;
  idf: Float64Array;
  /** The examples holding feature f are postingExamples[postingStarts[f] .. postingStarts[f + 1]). */
  postingStarts: Int32Array;
  postingExamples: Int32Array;
  /** Within an example, each family's weights form a unit vector, so a dot product per family is a cosine. */
  postingWeights: Float32Array;
};

/** Smoothed inverse document frequency: features of every prompt ("wie", "ich") still count a little. */
const inverseFrequency = (examples: number, frequency: number) => Math.log((examples + 1) / (frequency + 1)) + 1;
/** Dampened term frequency, so a word repeated in a long prompt does not drown out the others. */
const termWeight = (count: number) => (count === 1 ? 1 : 1 + Math.log(count));

/** Takes about a second for 50 000 prompts: build it once per fine-tuned model and keep it, not per request. */
export function buildExampleIndex(examples: readonly Example[]): ExampleIndex {
  const vocabulary = new Vocabulary();
  const occurrences = new GrowableInts();
  const occurrenceEnds = examples.map((example) => {
    vocabulary.addText(example.prompt, (id) => occurrences.push(id));
    return occurrences.length;
  });
  const { families } = vocabulary;
  const { features, counts, ends, frequencies } = countDistinct(occurrences.view(), occurrenceEnds, families.length);

  const idf = Float64Array.from(frequencies, (frequency) => inverseFrequency(examples.length, frequency));
  const postingStarts = new Int32Array(families.length + 1);
  frequencies.forEach((frequency, id) => {
    postingStarts[id + 1] = (postingStarts[id] ?? 0) + frequency;
  });
  const next = postingStarts.slice(0, -1);
  const postingExamples = new Int32Array(features.length);
  const postingWeights = new Float32Array(features.length);
  const familyOf = Uint8Array.from(families);
  const weightAt = (slot: number) => termWeight(counts[slot] ?? 1) * (idf[features[slot] ?? 0] ?? 0);
  const norms = new Float64Array(3);
  ends.forEach((end, example) => {
    const start = ends[example - 1] ?? 0;
    norms.fill(0);
    for (let slot = start; slot < end; slot++) {
      const family = familyOf[features[slot] ?? 0] ?? 0;
      norms[family] = (norms[family] ?? 0) + weightAt(slot) ** 2;
    }
    norms.forEach((squared, family) => {
      norms[family] = Math.sqrt(squared);
    });
    for (let slot = start; slot < end; slot++) {
      const id = features[slot] ?? 0;
      const posting = next[id] ?? 0;
      next[id] = posting + 1;
      postingExamples[posting] = example;
      postingWeights[posting] = weightAt(slot) / (norms[familyOf[id] ?? 0] ?? 1);
    }
  });
  return { examples, vocabulary, idf, postingStarts, postingExamples, postingWeights };
}

/**
 * Each example's distinct features (example e's run ends at ends[e]) with how often they occur in it, and
 * in how many examples each feature occurs.
 */
function countDistinct(ids: Int32Array, exampleEnds: readonly number[], featureCount: number) {
  const features = new Int32Array(ids.length);
  const counts = new Int32Array(ids.length);
  const frequencies = new Int32Array(featureCount);
  // Where a feature was last put: at or after the current example's start means it repeats within it.
  const slotOf = new Int32Array(featureCount).fill(-1);
  const ends: number[] = [];
  let [length, from] = [0, 0];
  for (const end of exampleEnds) {
    const start = length;
    for (let i = from; i < end; i++) {
      const id = ids[i] ?? 0;
      const slot = slotOf[id] ?? -1;
      if (slot >= start) {
        counts[slot] = (counts[slot] ?? 0) + 1;
        continue;
      }
      slotOf[id] = length;
      features[length] = id;
      counts[length++] = 1;
      frequencies[id] = (frequencies[id] ?? 0) + 1;
    }
    ends.push(length);
    from = end;
  }
  return { features: features.subarray(0, length), counts, ends, frequencies };
}

/** The `limit` examples closest to the query, best first, leaving out those sharing no feature with it. */
export function rankClosest(index: ExampleIndex, query: Query, limit: number): Match[] {
  const { postingStarts, postingExamples, postingWeights } = index;
  const scores = new Float64Array(index.examples.length);
  for (const [id, weight] of queryWeights(index, query)) {
    for (let slot = postingStarts[id] ?? 0, end = postingStarts[id + 1] ?? 0; slot < end; slot++) {
      const example = postingExamples[slot] ?? 0;
      scores[example] = (scores[example] ?? 0) + weight * (postingWeights[slot] ?? 0);
    }
  }
  return topScores(scores, limit);
}

/**
 * The weights of the query's known features, scaled so that the dot product with an example's postings is
 * the family-weighted sum of the per-family cosines: a score from 0 to 1.
 */
function queryWeights(index: ExampleIndex, query: Query): Map<number, number> {
  const { question, context = "" } = typeof query === "string" ? { question: query } : query;
  const { families } = index.vocabulary;
  const weights = new Map<number, number>();
  // Context only steers a question: a message without words ("👍") matches nothing, whatever came before.
  if (!/[\p{L}\p{N}]/u.test(question)) return weights;
  const squaredNorms: FamilyValues = [0, 0, 0];
  const unknownIdf = inverseFrequency(index.examples.length, 0);
  // Words the training prompts never use make an unrelated question score low. In the context they are
  // ignored instead: a system prompt that training never saw says nothing about which example fits.
  for (const [text, partWeight, countUnknown] of [
    [question, 1, true],
    [context, contextWeight, false],
  ] as const) {
    for (const { family, id, count } of countFeatures(index.vocabulary, text)) {
      const weight = partWeight * termWeight(count) * (id === undefined ? unknownIdf : (index.idf[id] ?? 0));
      if (id !== undefined) weights.set(id, (weights.get(id) ?? 0) + weight);
      else if (countUnknown) squaredNorms[family] += weight ** 2;
    }
  }
  for (const [id, weight] of weights) squaredNorms[families[id] ?? 0] += weight ** 2;
  // A family the query lacks (no bigrams in a one-word question) hands its share to the others, so an
  // exact match still scores 1.
  const present = familyWeights.reduce((sum, weight, family) => sum + (squaredNorms[family] ? weight : 0), 0);
  const scale = squaredNorms.map((squared, family) =>
    squared ? (familyWeights[family] ?? 0) / present / Math.sqrt(squared) : 0,
  );
  for (const [id, weight] of weights) weights.set(id, weight * (scale[families[id] ?? 0] ?? 0));
  return weights;
}

export function findClosest(index: ExampleIndex, query: Query): Match | null {
  return rankClosest(index, query, 1)[0] ?? null;
}

/** Occurrences of each distinct feature of a text; those the index has never seen have no id. */
function countFeatures(vocabulary: Vocabulary, text: string) {
  const counted = new Map<number | string, { family: Family; id: number | undefined; count: number }>();
  vocabulary.lookUpText(text, (family, feature) => {
    const entry = counted.get(feature);
    if (entry) entry.count++;
    else counted.set(feature, { family, id: typeof feature === "number" ? feature : undefined, count: 1 });
  });
  return counted.values();
}

/** The best `limit` positive scores, highest first; on a tie the earlier example wins. */
function topScores(scores: Float64Array, limit: number): Match[] {
  const best: Match[] = [];
  scores.forEach((score, index) => {
    if (score <= 0 || (best.length === limit && score <= (best.at(-1)?.score ?? 0))) return;
    const position = best.findIndex((match) => match.score < score);
    best.splice(position === -1 ? best.length : position, 0, { index, score: Math.min(score, 1) });
    if (best.length > limit) best.pop();
  });
  return best;
}
