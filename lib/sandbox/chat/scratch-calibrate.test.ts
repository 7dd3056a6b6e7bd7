import { it } from "vitest";
import { examplesFromJsonl } from "./examples";
import { buildExampleIndex, rankClosest } from "./similarity";
import { supportJsonl, supportSystemPrompt } from "./test-examples";

it("calibrate", () => {
  const examples = examplesFromJsonl(supportJsonl);
  const index = buildExampleIndex(examples);
  const queries = [
    "Wie kann ich meine Bestellung zurückgeben?",
    "wie kann ich eine bestelung zurueckgeben",
    "Bestellung zurückgeben, wie geht das?",
    "Ich möchte etwas zurückschicken",
    "Wie lang dauert Versand nach Österreich",
    "Welche Zahlungsmethoden gibt es?",
    "Do you ship to the UK?",
    "how can i reset my pasword",
    "Is your sleeping bag good for winter?",
    "Wie wird das Wetter morgen in Berlin?",
    "Schreib mir ein Gedicht über Katzen.",
    "Explain quantum entanglement in simple terms.",
    "What is the capital of France?",
    "Wie kann ich Python lernen?",
    "Was kostet ein Kilo Äpfel?",
    "Hallo",
    "Kann ich das ändern?",
    "Wie kann ich das machen?",
  ];
  for (const q of queries) {
    const top = rankClosest(index, q, 2);
    console.log(q.padEnd(50), top.map((m) => `${m.score.toFixed(3)} ${examples[m.index]?.prompt.slice(0, 40)}`).join(" | "));
  }
  const ctx = rankClosest(index, { question: "Wie kann ich meine Bestellung zurückgeben?", context: supportSystemPrompt }, 1);
  console.log("with system ctx", ctx);
});
