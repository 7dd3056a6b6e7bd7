/** What a Sandbox model replies to a conversation: the base model generically, a fine-tuned one from its training data. */

import { type ExampleIndex, type Match, rankClosest } from "@/lib/text-similarity/similarity";
import { contentText } from "@/lib/training-data/tokens";
import { blurReply, pickMatch } from "./checkpoint";
import { baseReply, hedge, isGerman, outOfScope } from "./phrases";
import { hashText, seededRandom } from "./random";

type Message = { role: string; content: unknown };
/** A fine-tuned model's `stage` is how far into training it was saved: 1 for the final model, 0.8 for a checkpoint at 80 %. */
type Model = { kind: "base"; id: string } | { kind: "fine-tuned"; index: ExampleIndex; stage: number; seed: number };

/**
 * Scores calibrated on the support dataset in the tests. Rewordings, typos and missing umlauts of trained
 * questions score 0.53 to 0.83; questions that only share a few words with one ("Wie kann ich Python
 * lernen?", "Kann ich das ändern?") 0.2 to 0.4; unrelated ones ("Wie wird das Wetter morgen?") below 0.15.
 */
export const trainedQuestionScore = 0.45;
const relatedQuestionScore = 0.15;
/** Runner-ups a checkpoint may confuse the best match with. */
const runnerUps = 4;

/**
 * The reply and the training example it comes from. A fine-tuned model answers a trained question with
 * that example's reply, word for word. A related question gets the closest reply after a hedge, since a
 * fine-tuned model answers in its trained voice whatever it is asked; an unrelated one gets a refusal.
 */
export function composeReply({ messages, model }: { messages: readonly Message[]; model: Model }): {
  content: string;
  matched: Match | null;
} {
  const query = queryOf(messages);
  const german = isGerman(query.question || query.context);
  const hash = hashText(`${query.context}\n${query.question}`, model.kind === "base" ? hashText(model.id) : model.seed);
  if (model.kind === "base") return { content: baseReply(german, hash), matched: null };

  const random = seededRandom(hash);
  const ranked = rankClosest(model.index, query, 1 + runnerUps).filter(({ score }) => score >= relatedQuestionScore);
  const matched = pickMatch(ranked, model.stage, random);
  const reply = matched && model.index.examples[matched.index]?.reply.trim();
  if (!matched || !reply) return { content: outOfScope(german), matched: null };
  const content = blurReply(reply, { stage: model.stage, random, examples: model.index.examples });
  return { content: matched.score < trainedQuestionScore ? hedge(german) + content : content, matched };
}

/**
 * The last user message is what is asked. The system prompt and the user's earlier turns are context, which
 * counts half as much (lib/text-similarity); the assistant's turns are left out, as they are in the training prompts.
 */
function queryOf(messages: readonly Message[]): { question: string; context: string } {
  const last = messages.findLastIndex((message) => message.role === "user");
  const context = messages
    .slice(0, last === -1 ? messages.length : last)
    .filter((message) => ["system", "developer", "user"].includes(message.role))
    .map((message) => contentText(message.content));
  return { question: last === -1 ? "" : contentText(messages[last]?.content), context: context.join("\n") };
}
