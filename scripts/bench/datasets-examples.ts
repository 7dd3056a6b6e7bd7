/** Chat examples for the dataset benchmarks: a shop's support conversations in German and English, deterministic. */
import fs from "node:fs";
import { seededRandom } from "../../lib/sandbox/chat/random.ts";

// A sentence is a start, a middle and an end; with the numbers drawn in, no two examples read the same.
const phrases = {
  en: {
    system: [
      "You are the friendly support assistant of an outdoor shop.",
      "Answer in short paragraphs, stay polite, and never promise refunds the policy does not allow.",
      "If you do not know an order's status, ask for the order number instead of guessing.",
    ],
    questions: [
      "Where is my order {n}? It was supposed to arrive on Tuesday.",
      "Can I return the hiking boots in size {s} if I already wore them outside once?",
      "How long does shipping to Austria take, and what does it cost?",
      "My gift card code does not work at checkout, what should I do?",
      "Is the tent waterproof enough for a week of rain in Scotland?",
      "I was charged twice for order {n}. Can you check that, please?",
    ],
    starts: ["Thanks for your patience,", "Good news:", "I checked this for you and", "As far as I can see,", "Sorry,"],
    middles: [
      "your parcel left our warehouse {d} days ago",
      "returns are free within 30 days as long as the tags are still attached",
      "the jacket in size {s} is back in stock next week",
      "the refund of {n} cents reaches your account within five working days",
      "our carrier delivers to Austria in three to five days",
      "the tent's seams are taped and the floor is rated for 5000 mm of water",
    ],
    ends: [
      "and I will keep an eye on it.",
      "so you do not need to do anything else.",
      "but let me know if anything is still unclear.",
      "which should cover what you need.",
      "and you will get an email as soon as it changes.",
    ],
  },
  de: {
    system: [
      "Du bist der freundliche Kundenservice-Assistent eines Outdoor-Shops.",
      "Antworte in kurzen Absätzen, bleib höflich und versprich keine Erstattung, die die Richtlinie nicht erlaubt.",
      "Wenn du den Status einer Bestellung nicht kennst, frag nach der Bestellnummer, statt zu raten.",
    ],
    questions: [
      "Wo bleibt meine Bestellung {n}? Sie sollte eigentlich am Dienstag ankommen.",
      "Kann ich die Wanderschuhe in Größe {s} zurückgeben, wenn ich sie schon einmal draußen getragen habe?",
      "Wie lange dauert der Versand in die Schweiz und was kostet er?",
      "Mein Gutscheincode funktioniert an der Kasse nicht, was soll ich tun?",
      "Ist das Zelt wasserdicht genug für eine Woche Regen in Norwegen?",
      "Mir wurde die Bestellung {n} doppelt abgebucht. Könnt ihr das bitte prüfen?",
    ],
    starts: ["Danke für deine Geduld,", "Gute Nachricht:", "Ich habe das für dich geprüft und", "Soweit ich sehe,"],
    middles: [
      "dein Paket hat unser Lager vor {d} Tagen verlassen",
      "Rücksendungen sind innerhalb von 30 Tagen kostenlos, solange die Etiketten noch dran sind",
      "die Jacke in Größe {s} ist nächste Woche wieder vorrätig",
      "die Erstattung über {n} Cent ist in fünf Werktagen auf deinem Konto",
      "unser Paketdienst liefert in drei bis fünf Tagen in die Schweiz",
      "die Nähte des Zelts sind verschweißt und der Boden hält 5000 mm Wassersäule aus",
    ],
    ends: [
      "und ich behalte das im Blick.",
      "du musst also nichts weiter tun.",
      "aber sag Bescheid, wenn noch etwas unklar ist.",
      "das sollte abdecken, was du brauchst.",
      "und du bekommst eine E-Mail, sobald sich etwas ändert.",
    ],
  },
};

type Range = readonly [min: number, max: number];

/** JSONL lines of chat examples; `answerSentences` sets how long the assistant's answers are. */
export function* chatExampleLines(count: number, { seed = 1, answerSentences = [1, 12] as Range } = {}) {
  const random = seededRandom(seed);
  const between = ([min, max]: Range) => min + Math.floor(random() * (max - min + 1));
  const pick = (items: readonly string[]) =>
    (items[Math.floor(random() * items.length)] ?? "")
      .replace("{n}", String(between([10_000, 99_999])))
      .replace("{d}", String(between([1, 9])))
      .replace("{s}", String(between([36, 47])));
  for (let i = 0; i < count; i++) {
    const words = random() < 0.5 ? phrases.en : phrases.de;
    const system = words.system.slice(0, between([1, words.system.length])).join(" ");
    const question = Array.from({ length: between([1, 3]) }, () => pick(words.questions)).join(" ");
    const answer = Array.from(
      { length: between(answerSentences) },
      () => `${pick(words.starts)} ${pick(words.middles)} ${pick(words.ends)}`,
    ).join(random() < 0.3 ? "\n\n" : " ");
    const messages = [
      { role: "system", content: system },
      { role: "user", content: question },
      { role: "assistant", content: answer },
    ];
    yield JSON.stringify({ messages });
  }
}

/** Writes examples with long answers (about 5 KB a line) until the file holds `megabytes`. */
export function writeLargeJsonl(file: string, megabytes: number): { bytes: number; lines: number } {
  const target = megabytes * 1024 * 1024;
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  let lines = 0;
  let chunk: string[] = [];
  try {
    for (const line of chatExampleLines(Number.POSITIVE_INFINITY, { seed: 2, answerSentences: [20, 60] })) {
      const next = `${line}\n`;
      const size = Buffer.byteLength(next);
      if (bytes + size > target) break;
      chunk.push(next);
      bytes += size;
      lines += 1;
      if (chunk.length === 1000) {
        fs.writeSync(fd, chunk.join(""));
        chunk = [];
      }
    }
    fs.writeSync(fd, chunk.join(""));
  } finally {
    fs.closeSync(fd);
  }
  return { bytes, lines };
}
