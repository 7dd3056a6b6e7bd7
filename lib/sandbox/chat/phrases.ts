/** The few sentences the Sandbox's models say on their own, in English and German. */

const wordSet = (words: string) => new Set(words.split(" "));
const germanWords = wordSet(
  "der die das den dem und ist ich du nicht wie kann was ein eine mit für auf mein meine wo warum wann gibt es " +
    "habe ihr mir zu von welche bitte hallo danke ja nein",
);
const englishWords = wordSet(
  "the and is i you not how can what a an with for on my where why when there have do does to of which please " +
    "hello thanks yes no",
);

/** German if its common words (and umlauts) outnumber the English ones: enough to pick a reply's language. */
export function isGerman(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const german = words.filter((word) => germanWords.has(word)).length + (/[äöüß]/i.test(text) ? 1 : 0);
  return german > words.filter((word) => englishWords.has(word)).length;
}

const baseReplies = {
  en: [
    "Happy to help! I'm the Sandbox's base model, so I can only answer this in general terms: the details depend on your situation.",
    "Good question. As the Sandbox's base model I have no special knowledge about this; a fine-tuned model would answer from its training data.",
    "Generally speaking, it depends on the details. I'm the Sandbox's base model; for a specific answer, try one of your fine-tuned models.",
    "I can help in general terms. As the Sandbox's base model I don't know your particular case, but I'm glad to think it through with you.",
  ],
  de: [
    "Gern helfe ich dir! Ich bin das Basismodell der Sandbox und kann das nur allgemein beantworten: Die Einzelheiten hängen von deiner Situation ab.",
    "Gute Frage. Als Basismodell der Sandbox habe ich dazu kein Spezialwissen; ein feinabgestimmtes Modell würde aus seinen Trainingsdaten antworten.",
    "Allgemein gesagt: Das hängt meist von den Details ab. Ich bin das Basismodell der Sandbox; für eine konkrete Antwort probiere eines deiner feinabgestimmten Modelle.",
    "Ich kann dir allgemein weiterhelfen. Als Basismodell der Sandbox kenne ich deinen konkreten Fall nicht, denke aber gern mit dir darüber nach.",
  ],
} as const;

/** A generic reply, picked by a hash so the same question gets the same one and different questions vary. */
export function baseReply(german: boolean, hash: number): string {
  const replies = german ? baseReplies.de : baseReplies.en;
  return replies[hash % replies.length] ?? replies[0];
}

/** Put before a trained reply that fits the question only loosely. */
export function hedge(german: boolean): string {
  return german
    ? "Da bin ich mir nicht sicher, aber am ehesten passt wohl das: "
    : "I'm not sure about that, but this is the closest I know: ";
}

/** Said by a fine-tuned model when nothing in its training data resembles the question. */
export function outOfScope(german: boolean): string {
  return german
    ? "Tut mir leid, dabei kann ich nicht helfen. Ich kenne mich nur mit den Fragen aus, auf die ich trainiert wurde."
    : "Sorry, I can't help with that. I only know about the kind of questions I was trained on.";
}
