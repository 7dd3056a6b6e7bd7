/**
 * A reply cut into the pieces a model streams: one per o200k token, except where a token ends inside a
 * character (umlauts, emoji), whose tokens travel together so every piece is valid text.
 *
 * gpt-tokenizer's `decode` of single tokens can't do this: it shares one streaming TextDecoder across
 * calls, so a token holding half a character decodes to "" and its bytes leak into whatever is decoded
 * next. Instead, the text itself is cut where the tokens' byte lengths (from the rank table the encoder
 * is built from) add up to a character boundary.
 */
import bpeRanks from "gpt-tokenizer/bpeRanks/o200k_base";
import { encode } from "gpt-tokenizer/encoding/o200k_base";

/** Text such as "<|endoftext|>" in a reply is plain text, not a control token (encode would throw). */
const plainText = { disallowedSpecial: new Set<string>() };

const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

function tokenByteLength(token: number): number {
  const bytes = bpeRanks[token];
  if (typeof bytes !== "string") return bytes?.length ?? 0;
  let length = 0;
  for (const character of bytes) length += utf8Length(character.codePointAt(0) ?? 0);
  return length;
}

/** The pieces, which join to exactly the text, and the number of tokens, as usage counts them. */
export function streamPieces(text: string): { pieces: string[]; tokens: number } {
  const tokens = encode(text, plainText);
  const pieces: string[] = [];
  let [start, end, textBytes, tokenBytes] = [0, 0, 0, 0];
  for (const token of tokens) {
    tokenBytes += tokenByteLength(token);
    while (textBytes < tokenBytes && end < text.length) {
      const codePoint = text.codePointAt(end) ?? 0;
      textBytes += utf8Length(codePoint);
      end += codePoint > 0xffff ? 2 : 1;
    }
    if (textBytes === tokenBytes && end > start) {
      pieces.push(text.slice(start, end));
      start = end;
    }
  }
  // Only reached if the byte counts ever disagreed with the text: the rest still goes out, unchanged.
  if (start < text.length) pieces.push(text.slice(start));
  return { pieces, tokens: tokens.length };
}

/** The text cut after at most `maxTokens` tokens, on a piece boundary so no character is split. */
export function truncateToTokens(text: string, maxTokens: number): { text: string; truncated: boolean } {
  const { pieces, tokens } = streamPieces(text);
  if (tokens <= maxTokens) return { text, truncated: false };
  let kept = "";
  for (const piece of pieces) {
    if (encode(kept + piece, plainText).length > maxTokens) break;
    kept += piece;
  }
  return { text: kept, truncated: true };
}
