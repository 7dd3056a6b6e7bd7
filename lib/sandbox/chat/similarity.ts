/**
 * Finds the training examples whose prompts are closest to a conversation: TF-IDF cosine similarity per
 * feature family (features.ts), over an inverted index so a query only touches examples sharing a feature.
 */
import { type Family, forEachFeature } from "./features";
import { GrowableInts } from "./growable-ints";

export type Example = { prompt: string; reply: string };
export type Match = { index: number; score: number };
/** What is asked (the last user message) and what came before it (system prompt, earlier user turns). */
export type Query = string | { question: string; context?: string };
type FamilyValues = [number, number, number];

/** Words carry the meaning, trigrams forgive typos and inflection, bigrams reward the same word order. */
const familyWeights = [0.4, 0.2, 0.4] as const;
/** Earlier turns steer the match but must not outvote the question itself. */
const contextWeight = 0.5;

class Vocabulary {
  private readonly ids: [Map<string | number, number>, Map<string | number, number>, Map<string | number, number>] =
    [new Map(), new Map(), new Map()];
  readonly families: Family[] = [];

  idOf(family: Family, key: string | number): number | undefined {
    return this.ids[family].get(key);
  }

  add(family: Family, key: string | number): number {
    let id = this.ids[family].get(key);
    if (id === undefined) {
      id = this.families.length;
      this.ids[family].set(key, id);
      this.families.push(family);
    }
    return id;
  }
}

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
const termWeight = (count: number) => 1 + Math.log(count);

export function buildExampleIndex(examples: readonly Example[]): ExampleIndex {
  const vocabulary = new Vocabulary();
  const occurrences = new GrowableInts();
  const starts = new GrowableInts();
  const features = new GrowableInts();
  const counts = new GrowableInts();
  for (const example of examples) {
    occurrences.clear();
    forEachFeature(example.prompt, (family, key) => occurrences.push(vocabulary.add(family, key)));
    starts.push(features.length);
    const sorted = occurrences.view().sort();
    for (let i = 0, end = 0; i < sorted.length; i = end) {
      while (end < sorted.length && sorted[end] === sorted[i]) end++;
      features.push(sorted[i] ?? 0);
      counts.push(end - i);
    }
  }
  starts.push(features.length);

  const { families } = vocabulary;
  const featureIds = features.view();
  const postingStarts = new Int32Array(families.length + 1);
  for (const id of featureIds) postingStarts[id + 1] = (postingStarts[id + 1] ?? 0) + 1;
  const idf = new Float64Array(families.length);
  for (let id = 0; id < families.length; id++) {
    const frequency = postingStarts[id + 1] ?? 0;
    idf[id] = inverseFrequency(examples.length, frequency);
    postingStarts[id + 1] = (postingStarts[id] ?? 0) + frequency;
  }

  const next = postingStarts.slice(0, -1);
  const postingExamples = new Int32Array(featureIds.length);
  const postingWeights = new Float32Array(featureIds.length);
  const exampleStarts = starts.view();
  const termCounts = counts.view();
  const weights: number[] = [];
  const squaredNorms: FamilyValues = [0, 0, 0];
  for (let example = 0; example < examples.length; example++) {
    const from = exampleStarts[example] ?? 0;
    const to = exampleStarts[example + 1] ?? 0;
    squaredNorms.fill(0);
    weights.length = 0;
    for (let i = from; i < to; i++) {
      const id = featureIds[i] ?? 0;
      const weight = termWeight(termCounts[i] ?? 1) * (idf[id] ?? 0);
      weights.push(weight);
      squaredNorms[families[id] ?? 0] += weight ** 2;
    }
    for (let i = from; i < to; i++) {
      const id = featureIds[i] ?? 0;
      const slot = next[id] ?? 0;
      next[id] = slot + 1;
      postingExamples[slot] = example;
      postingWeights[slot] = (weights[i - from] ?? 0) / Math.sqrt(squaredNorms[families[id] ?? 0] ?? 1);
    }
  }
  return { examples, vocabulary, idf, postingStarts, postingExamples, postingWeights };
}

/** The `limit` examples closest to the query, best first, leaving out those sharing no feature with it. */
export function rankClosest(index: ExampleIndex, query: Query, limit: number): Match[] {
  const { question, context = "" } = typeof query === "string" ? { question: query } : query;
  const { idf, postingStarts, postingExamples, postingWeights } = index;
  const { families } = index.vocabulary;
  const queryWeights = new Map<number, number>();
  const squaredNorms: FamilyValues = [0, 0, 0];
  const unknownIdf = inverseFrequency(index.examples.length, 0);
  // Words the training prompts never use make an unrelated question score low; in the context they are
  // ignored instead, because a system prompt that training did not see says nothing about the question.
  for (const [part, partWeight, countUnknown] of [
    [question, 1, true],
    [context, contextWeight, false],
  ] as const) {
    for (const { family, id, count } of countFeatures(index.vocabulary, part)) {
      const weight = partWeight * termWeight(count) * (id === undefined ? unknownIdf : (idf[id] ?? 0));
      if (id !== undefined) queryWeights.set(id, (queryWeights.get(id) ?? 0) + weight);
      else if (countUnknown) squaredNorms[family] += weight ** 2;
    }
  }
  for (const [id, weight] of queryWeights) squaredNorms[families[id] ?? 0] += weight ** 2;
  // A family the query lacks (no bigrams in a one-word question) hands its share to the others, so an
  // exact match still scores 1.
  const present = familyWeights.reduce((sum, weight, family) => sum + (squaredNorms[family] ? weight : 0), 0);
  if (!present) return [];
  const scale = squaredNorms.map((norm, family) => (norm ? (familyWeights[family] ?? 0) / present / Math.sqrt(norm) : 0));

  const scores = new Float64Array(index.examples.length);
  for (const [id, weight] of queryWeights) {
    const scaled = weight * (scale[families[id] ?? 0] ?? 0);
    for (let slot = postingStarts[id] ?? 0, end = postingStarts[id + 1] ?? 0; slot < end; slot++) {
      const example = postingExamples[slot] ?? 0;
      scores[example] = (scores[example] ?? 0) + scaled * (postingWeights[slot] ?? 0);
    }
  }
  return topScores(scores, limit);
}

export function findClosest(index: ExampleIndex, query: Query): Match | null {
  return rankClosest(index, query, 1)[0] ?? null;
}

/** Occurrences of each distinct feature of a text; features the index has never seen have no id. */
function countFeatures(vocabulary: Vocabulary, text: string) {
  const counted = new Map<number | string, { family: Family; id: number | undefined; count: number }>();
  forEachFeature(text, (family, key) => {
    const id = vocabulary.idOf(family, key);
    const slot = id ?? `${family}:${key}`;
    const entry = counted.get(slot);
    if (entry) entry.count++;
    else counted.set(slot, { family, id, count: 1 });
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
