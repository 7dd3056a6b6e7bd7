/**
 * Names of people in English (and many international names in other languages), found by the `compromise`
 * library's grammar. It costs milliseconds per text, so it only reads texts in which a capitalised word is a
 * first name, last name or title in its lexicon: most training texts have none and cost a regex scan.
 */
import nlp from "compromise";

type NameFinding = { start: number; end: number; text: string };

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Honorific"]);
const CAPITALISED = /\p{Lu}[\p{Ll}'’-]+/gu;
// What compromise keeps at the edges of a name ("Sarah!", "Mrs. Johnson,"), and what is not part of it.
const EDGES = /^[^\p{L}]+|[^\p{L}.]+$|(?<=\p{L}{3})\.$/gu;

let nameWords: ReadonlySet<string> | undefined;

/** The lower-case words compromise's lexicon knows as (parts of) names of people. */
function lexiconNames(): ReadonlySet<string> {
  if (!nameWords) {
    const model = nlp.model() as { one: { lexicon: Record<string, string | string[]> } };
    const { lexicon } = model.one;
    nameWords = new Set(
      Object.entries(lexicon)
        .filter(([, tags]) => (Array.isArray(tags) ? tags : [tags]).some((tag) => NAME_TAGS.has(tag)))
        .map(([word]) => word),
    );
  }
  return nameWords;
}

function mayNameSomeone(text: string): boolean {
  const names = lexiconNames();
  for (const [word] of text.matchAll(CAPITALISED)) if (names.has(word.toLowerCase())) return true;
  return false;
}

/** Each person's name in the text, in text order; products, companies, months and places are not. */
export function findPersonNames(text: string): NameFinding[] {
  if (!mayNameSomeone(text)) return [];
  const people = nlp(text).people().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  return people.flatMap(({ offset }) => {
    const raw = text.slice(offset.start, offset.start + offset.length);
    const lead = raw.length - raw.replace(/^[^\p{L}]+/u, "").length;
    const name = raw.replace(EDGES, "");
    if (!/\p{Lu}/u.test(name)) return [];
    const start = offset.start + lead;
    return [{ start, end: start + name.length, text: name }];
  });
}
