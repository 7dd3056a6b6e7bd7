/** A small support dataset in chat-format JSONL, shared by the chat tests. */
const system = "Du bist der freundliche Kundenservice von Nordlicht, einem Online-Shop für Outdoor-Ausrüstung.";

const pairs: Array<[question: string, answer: string]> = [
  [
    "Wie kann ich eine Bestellung zurückgeben?",
    "Du kannst jede Bestellung innerhalb von 30 Tagen zurückgeben. Melde dich in deinem Konto an, öffne „Bestellungen“ und wähle „Rücksendung starten“. Das Rücksendeetikett ist kostenlos.",
  ],
  [
    "Wie lange dauert der Versand nach Österreich?",
    "Nach Österreich liefern wir in 3 bis 5 Werktagen. Sobald dein Paket unterwegs ist, bekommst du eine E-Mail mit der Sendungsverfolgung.",
  ],
  [
    "Kann ich meine Lieferadresse nachträglich ändern?",
    "Solange die Bestellung noch nicht versandt ist, ja. Schreib uns einfach mit deiner Bestellnummer, dann ändern wir die Adresse für dich.",
  ],
  [
    "Welche Zahlungsarten akzeptiert ihr?",
    "Wir akzeptieren Kreditkarte, PayPal, Klarna-Rechnung und Vorkasse per Überweisung. Bei Vorkasse versenden wir nach Zahlungseingang.",
  ],
  [
    "Mein Zelt ist undicht, was kann ich tun?",
    "Das tut uns leid! Auf Zelte gibt es zwei Jahre Gewährleistung. Schick uns ein Foto der undichten Stelle und deine Bestellnummer, dann klären wir Reparatur oder Ersatz.",
  ],
  [
    "Gibt es einen Rabatt für Studierende?",
    "Ja: Mit einem gültigen Studierendenausweis bekommst du 10 % Rabatt. Verifiziere dich einmal über unsere Partnerseite, dann gilt der Code dauerhaft.",
  ],
  [
    "Welche Größe soll ich bei Wanderschuhen wählen?",
    "Wir empfehlen, Wanderschuhe eine halbe Nummer größer zu bestellen als Straßenschuhe, weil die Füße beim Wandern anschwellen. Unsere Größentabelle hilft beim Vergleich.",
  ],
  [
    "Wo finde ich meine Rechnung?",
    "Deine Rechnung liegt als PDF in deinem Konto unter „Bestellungen“. Zusätzlich schicken wir sie mit der Versandbestätigung per E-Mail.",
  ],
  [
    "Kann ich einen Gutschein mit anderen Rabatten kombinieren?",
    "Pro Bestellung lässt sich ein Gutschein einlösen. Mit reduzierten Artikeln ist er kombinierbar, mit anderen Rabattcodes leider nicht.",
  ],
  [
    "Habt ihr auch eine Filiale in München?",
    "Wir sind ein reiner Online-Shop und haben keine Filialen. Dafür kannst du alles 30 Tage lang kostenlos zu Hause testen.",
  ],
  [
    "Do you ship to the United Kingdom?",
    "Yes, we ship to the UK within 5 to 7 business days. Import duties may apply and are charged by the carrier on delivery.",
  ],
  [
    "How do I reset my password?",
    "Click “Forgot password” on the sign-in page and enter your email address. You will receive a reset link that stays valid for 24 hours.",
  ],
  [
    "Is the down sleeping bag suitable for winter camping?",
    "Our down sleeping bag is rated to a comfort temperature of −8 °C, so it works for most winter trips. For colder nights add a liner 🏕️.",
  ],
  [
    "Wie pflege ich meine Regenjacke richtig?",
    "Wasche die Jacke bei 30 °C mit Funktionswaschmittel und ohne Weichspüler. Danach kurz in den Trockner: Die Wärme reaktiviert die Imprägnierung.",
  ],
];

export const supportJsonl = pairs
  .map(([question, answer]) =>
    JSON.stringify({
      messages: [
        { role: "system", content: system },
        { role: "user", content: question },
        { role: "assistant", content: answer },
      ],
    }),
  )
  .join("\n");

export const supportSystemPrompt = system;
export const supportPairs = pairs;
