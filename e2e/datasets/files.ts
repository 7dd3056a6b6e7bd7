/** Training files for the dataset studio specs, built from objects so the expected export is exact. */
const system = { role: "system", content: "Du bist der freundliche Kundendienst von T-1000 Haushaltsrobotern." };

const pairs = [
  ["Wie lange hält der Akku?", "Bis zu 120 Minuten pro Ladung."],
  ["Wie reinige ich den Filter?", "Nehmen Sie den Filter heraus und klopfen Sie ihn aus."],
  ["Kann ich den T-1000 zurückgeben?", "Ja, innerhalb von 30 Tagen ohne Angabe von Gründen."],
  ["Was bedeutet Fehler E3?", "Die Bürste ist blockiert. Entfernen Sie Haare und Fäden."],
  ["Wie koppele ich die App?", "Öffnen Sie die App und halten Sie die WLAN-Taste drei Sekunden."],
  ["Gibt es Ersatzteile?", "Ja, im Shop unter Zubehör."],
  ["Wie lange ist die Garantie?", "Zwei Jahre ab Kaufdatum."],
  ["Fährt er über Teppich?", "Ja, bis zu einer Florhöhe von 2 cm."],
  ["Wie laut ist er?", "Etwa 60 Dezibel im Normalbetrieb."],
  ["Kann er nass wischen?", "Ja, mit dem Wischaufsatz."],
  ["Wo finde ich die Seriennummer?", "Auf der Unterseite neben dem Akkufach."],
];

type Message = { role: string; content: string };
const example = (messages: Message[]) => ({ messages });
const good = (i: number) => {
  const [question, answer] = pairs[i] as [string, string];
  return example([system, { role: "user", content: question }, { role: "assistant", content: answer }]);
};

/** Eleven examples; line 3 has an unknown role, line 7 has no assistant answer. */
export const withErrors = pairs.map((_, i) => {
  const [question] = pairs[i] as [string, string];
  if (i === 2)
    return example([
      system,
      { role: "robot", content: question },
      { role: "assistant", content: (pairs[i] as string[])[1] as string },
    ]);
  if (i === 6) return example([system, { role: "user", content: question }]);
  return good(i);
});

/** The same examples once the two are fixed in the editor. */
export const fixed = pairs.map((_, i) => good(i));

export const toJsonl = (examples: object[]) => `${examples.map((item) => JSON.stringify(item)).join("\n")}\n`;
