/** Training files for the Sandbox tests: the customer service of the T-1000 vacuum robot from the seed article. */
const SYSTEM_PROMPT = "Du chattest jetzt mit dem Kundenservice für den Hochleistungs-Staubsauger T-1000.";

type Message = { role: string; content: string };

/** Ten questions with their answers; the fine-tuned model should repeat an answer when asked a close question. */
const t1000Examples = [
  {
    question: "Warum saugt mein T-1000 nicht mehr richtig?",
    answer:
      "Es könnte ein verstopfter Filter sein. Bitte überprüfen Sie den Filter und reinigen Sie ihn gegebenenfalls.",
  },
  {
    question: "Warum ist dieser Staubsauger so laut? Ich kann kaum denken, wenn er läuft!",
    answer:
      "Entschuldigung für die Unannehmlichkeiten. Die Lautstärke kann aufgrund von Fremdkörpern in der Bürste steigen. Bitte überprüfen Sie diese.",
  },
  {
    question: "Warum hält der Akku nicht so lange, wie in der Werbung versprochen?",
    answer:
      "Mit voller Ladung reinigt der T-1000 bis zu 90 Minuten im Eco-Modus. Im Turbo-Modus sind es etwa 40 Minuten. Laden Sie ihn nach jedem Gebrauch vollständig auf.",
  },
  {
    question: "Kann ich kein normales Reinigungsmittel für meinen T-1000 verwenden?",
    answer:
      "Wir empfehlen spezielle Reinigungsmittel, um die Lebensdauer zu verlängern und Beschädigungen zu vermeiden.",
  },
  {
    question: "Kann ich den T-1000 zurückgeben, wenn er mir nicht gefällt?",
    answer:
      "Ja. Innerhalb von 30 Tagen nach der Lieferung können Sie den T-1000 in der Originalverpackung kostenlos an die Saubermann Robotik GmbH zurückschicken.",
  },
  {
    question: "Wie lange habe ich Garantie auf meinen T-1000?",
    answer:
      "Der T-1000 hat 24 Monate Herstellergarantie ab Kaufdatum, der Akku 12 Monate. Für einen Garantiefall brauchen wir nur Ihren Kaufbeleg.",
  },
  {
    question: "Wie verbinde ich den T-1000 mit der Handy-App?",
    answer:
      "Öffnen Sie die Saubermann-App, tippen Sie auf „Gerät hinzufügen“ und halten Sie die WLAN-Taste am T-1000 drei Sekunden gedrückt, bis sie blau blinkt.",
  },
  {
    question: "Wie oft muss ich den HEPA-Filter wechseln?",
    answer:
      "Wechseln Sie den HEPA-Filter alle sechs Monate. Einmal pro Woche sollten Sie ihn über dem Mülleimer ausklopfen; waschen Sie ihn bitte nicht.",
  },
  {
    question: "Mein T-1000 zeigt den Fehlercode E3 an. Was bedeutet das?",
    answer:
      "E3 bedeutet, dass die Seitenbürste blockiert ist. Entfernen Sie Haare und Fäden von der Bürste und starten Sie den T-1000 neu.",
  },
  {
    question: "Wo bekomme ich Ersatzbürsten für den T-1000?",
    answer:
      "Ersatzbürsten und Filter gibt es im Online-Shop der Saubermann Robotik GmbH und bei allen Elektrofachmärkten.",
  },
] as const;

const conversation = (question: string, answer: string): Message[] => [
  { role: "system", content: SYSTEM_PROMPT },
  { role: "user", content: question },
  { role: "assistant", content: answer },
];

const toJsonl = (lines: string[]) => `${lines.join("\n")}\n`;

const exampleLines = () =>
  t1000Examples.map(({ question, answer }) => JSON.stringify({ messages: conversation(question, answer) }));

export const t1000Jsonl = toJsonl(exampleLines());

/** A small held-out set: questions worded differently from the training file. */
export const t1000ValidationJsonl = toJsonl([
  JSON.stringify({
    messages: conversation("Der T-1000 saugt kaum noch Staub. Woran liegt das?", t1000Examples[0].answer),
  }),
  JSON.stringify({ messages: conversation("Wie lange gilt die Garantie?", t1000Examples[5].answer) }),
  JSON.stringify({ messages: conversation("Was heißt Fehler E3?", t1000Examples[8].answer) }),
]);

/** The system prompt and a close rewording of the error-code question, for chat. */
export const closeQuestion = {
  messages: [
    { role: "system" as const, content: SYSTEM_PROMPT },
    { role: "user" as const, content: "Mein T-1000 zeigt Fehlercode E3 an, was bedeutet das denn?" },
  ],
  answer: t1000Examples[8].answer,
};

function withLine(index: number, line: string): string {
  const lines = exampleLines();
  lines[index] = line;
  return toJsonl(lines);
}

/** Broken training files, each with what the job's error message must say. */
export const invalidTrainingFiles = [
  {
    name: "not JSON on line 3",
    jsonl: withLine(2, '{"messages": [{"role": "user", "content": "Hallo"'),
    message: /line 3/i,
  },
  {
    name: "missing assistant message on line 5",
    jsonl: withLine(4, JSON.stringify({ messages: conversation(t1000Examples[4].question, "").slice(0, 2) })),
    message: /line 5/i,
  },
  {
    name: "nine examples",
    jsonl: toJsonl(exampleLines().slice(0, 9)),
    message: /\b9\b.*\b10\b/,
  },
  {
    name: "unknown role on line 7",
    jsonl: withLine(
      6,
      JSON.stringify({
        messages: [
          { role: "system", content: SYSTEM_PROMPT },
          { role: "customer", content: t1000Examples[6].question },
          { role: "assistant", content: t1000Examples[6].answer },
        ],
      }),
    ),
    message: /line 7/i,
  },
] as const;
