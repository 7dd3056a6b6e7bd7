/** The text features the Sandbox compares conversations by. */

/** 0: word unigrams, 1: word bigrams, 2: character trigrams. Each family is compared on its own (similarity.ts). */
export type Family = 0 | 1 | 2;

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
const marks = /\p{M}+/gu;

/**
 * Calls `visit` once per feature occurrence. Text is lower-cased and NFKC-normalised, so "Größe" and
 * "GRÖSSE" compare as people read them. Words and bigrams keep their accents; trigrams drop them
 * ("zurückgeben" shares most trigrams with "zuruckgeben"), which makes typos and missing umlauts cheap.
 * Trigram keys are numbers (three UTF-16 code units) because building an index makes millions of
 * lookups, and number keys hash without allocating a string.
 */
export function forEachFeature(text: string, visit: (family: Family, key: string | number) => void): void {
  const lowered = text.normalize("NFKC").toLowerCase();
  let previous: string | undefined;
  for (const word of lowered.match(wordPattern) ?? []) {
    visit(0, word);
    if (previous !== undefined) visit(1, `${previous} ${word}`);
    previous = word;
  }
  for (const word of lowered.normalize("NFD").replace(marks, "").match(wordPattern) ?? []) {
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      visit(2, padded.charCodeAt(i) * 2 ** 32 + padded.charCodeAt(i + 1) * 2 ** 16 + padded.charCodeAt(i + 2));
    }
  }
}
