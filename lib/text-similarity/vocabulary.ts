/** The features texts are compared by (word unigrams, word bigrams, character trigrams) and their ids. */

/** 0: words, 1: bigrams, 2: trigrams. Each family is compared on its own (similarity.ts). */
export type Family = 0 | 1 | 2;

const wordPattern = /[\p{L}\p{M}\p{N}]+/gu;
const marks = /\p{M}+/gu;

/** NFKC-normalised and case-folded (ß as ss, as in "GRÖSSE"), so words compare as people read them. */
function wordsOf(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().replaceAll("ß", "ss").match(wordPattern) ?? [];
}

/**
 * A word's trigrams, padded so they mark its start and end. Unlike words, trigrams drop accents
 * ("zurückgeben" shares most of them with "zuruckgeben"): that makes typos and missing umlauts cheap.
 * Latin-script trigrams are keyed by a small integer (three 10-bit code units), which hashes fast.
 */
function trigramsOf(word: string): Array<string | number> {
  const padded = ` ${word.normalize("NFD").replace(marks, "")} `;
  const trigrams: Array<string | number> = [];
  for (let i = 0; i + 3 <= padded.length; i++) {
    const [a, b, c] = [padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2)];
    trigrams.push(a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : padded.slice(i, i + 3));
  }
  return trigrams;
}

type Word = {
  id: number;
  /** Its trigrams' ids: words repeat across prompts, so each is split only once. */
  trigrams: number[];
  /** Ids of the bigrams it starts, by the second word's id: small-integer keys keep indexing fast. */
  bigrams: Map<number, number>;
};

export class Vocabulary {
  /** The family of each feature id. */
  readonly families: Family[] = [];
  private readonly words = new Map<string, Word>();
  private readonly trigrams = new Map<string | number, number>();

  /** Passes the id of every feature occurrence in the text, giving unseen features new ids. */
  addText(text: string, visit: (id: number) => void): void {
    let previous: Word | undefined;
    for (const spelling of wordsOf(text)) {
      const word = this.words.get(spelling) ?? this.addWord(spelling);
      visit(word.id);
      for (const trigram of word.trigrams) visit(trigram);
      if (previous) visit(previous.bigrams.get(word.id) ?? this.addBigram(previous, word));
      previous = word;
    }
  }

  /** Passes every feature occurrence in the text: its id, or a key naming it if the vocabulary lacks it. */
  lookUpText(text: string, visit: (family: Family, feature: number | string) => void): void {
    let previous: { spelling: string; word: Word | undefined } | undefined;
    for (const spelling of wordsOf(text)) {
      const word = this.words.get(spelling);
      if (word) {
        visit(0, word.id);
        for (const trigram of word.trigrams) visit(2, trigram);
      } else {
        visit(0, `0:${spelling}`);
        for (const trigram of trigramsOf(spelling)) visit(2, this.trigrams.get(trigram) ?? `2:${trigram}`);
      }
      if (previous) {
        const bigram = word && previous.word?.bigrams.get(word.id);
        visit(1, bigram ?? `1:${previous.spelling} ${spelling}`);
      }
      previous = { spelling, word };
    }
  }

  private addWord(spelling: string): Word {
    const trigrams = trigramsOf(spelling).map((trigram) => this.addTrigram(trigram));
    const word = { id: this.newId(0), trigrams, bigrams: new Map() };
    this.words.set(spelling, word);
    return word;
  }

  private addTrigram(trigram: string | number): number {
    let id = this.trigrams.get(trigram);
    if (id === undefined) {
      id = this.newId(2);
      this.trigrams.set(trigram, id);
    }
    return id;
  }

  private addBigram(first: Word, second: Word): number {
    const id = this.newId(1);
    first.bigrams.set(second.id, id);
    return id;
  }

  private newId(family: Family): number {
    this.families.push(family);
    return this.families.length - 1;
  }
}
