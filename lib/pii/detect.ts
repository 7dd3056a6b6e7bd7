/**
 * Finds sensitive data in text before it goes to a provider: e-mail addresses, phone numbers, IBANs,
 * payment card numbers, secrets and names of people. Checksums (IBAN mod 97, Luhn) keep look-alike numbers out.
 */
import { findPersonNames } from "./names";

const PII_KINDS = ["email", "phone", "iban", "card", "secret", "personName"] as const;
export type PiiKind = (typeof PII_KINDS)[number];
type PiiFinding = { kind: PiiKind; start: number; end: number; text: string };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\b/g;
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
// International (+49 …) or national (0…) numbers with at least 8 digits, allowing spaces, dashes, slashes, brackets.
const PHONE = /(?<![\w+])(?:\+\d{1,3}[ ./-]?|\b0)(?:\(?\d{1,5}\)?[ ./-]?){2,5}\d{2,}\b/g;
const SECRETS = [
  /\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}/g, // OpenAI, Anthropic
  /\bAKIA[0-9A-Z]{16}\b/g, // AWS access key id
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, // GitHub tokens
  /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, // Slack
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API key
  /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/g,
];

function digits(text: string): string {
  return text.replace(/\D/g, "");
}

export function luhnValid(number: string): boolean {
  let sum = 0;
  for (let i = 0; i < number.length; i++) {
    let digit = Number(number[number.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return number.length >= 13 && sum % 10 === 0;
}

export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/\s/g, "").toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = `${compact.slice(4)}${compact.slice(0, 4)}`;
  let remainder = 0;
  for (const character of rearranged) {
    const value = /\d/.test(character) ? character : String(character.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function matches(text: string, pattern: RegExp, kind: PiiKind, accept: (match: string) => boolean = () => true) {
  return [...text.matchAll(pattern)]
    .filter((match) => accept(match[0]))
    .map((match) => ({ kind, start: match.index, end: match.index + match[0].length, text: match[0] }));
}

// One scan that tells whether any of the secret patterns can match, before running them one by one.
const SECRET_HINT = /sk-|AKIA|gh[pousr]_|xox[abprs]-|AIza|-----BEGIN/;

/** Whether the text has at least `count` digits: phone and card numbers cannot match with fewer. */
function hasDigits(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length && found < count; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) found += 1;
  }
  return found >= count;
}

/**
 * Every finding, in text order; where two overlap (a card number also looks like a phone) the first kind
 * wins. Cheap tests skip the patterns that cannot match: most training texts hold no sensitive data at all.
 */
export function findPii(text: string): PiiFinding[] {
  const ibanShaped = matches(text, IBAN, "iban");
  const numbers = hasDigits(text, 8);
  const found = [
    ...(SECRET_HINT.test(text) ? SECRETS.flatMap((pattern) => matches(text, pattern, "secret")) : []),
    ...(text.includes("@") ? matches(text, EMAIL, "email") : []),
    ...ibanShaped.filter((iban) => ibanValid(iban.text)),
    ...(numbers ? matches(text, CARD, "card", (match) => luhnValid(digits(match))) : []),
    ...(numbers
      ? matches(text, PHONE, "phone", (match) => digits(match).length >= 8 && digits(match).length <= 15).filter(
          // Digits inside an IBAN-shaped run (even one with a wrong checksum) are not a phone number.
          (phone) => !ibanShaped.some((iban) => phone.start < iban.end && iban.start < phone.end),
        )
      : []),
    ...findPersonNames(text).map((name) => ({ kind: "personName" as const, ...name })),
  ];
  const kept: PiiFinding[] = [];
  for (const finding of found) {
    if (!kept.some((other) => finding.start < other.end && other.start < finding.end)) kept.push(finding);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const PLACEHOLDERS: Record<PiiKind, string> = {
  email: "EMAIL",
  phone: "PHONE",
  iban: "IBAN",
  card: "CARD",
  secret: "SECRET",
  personName: "NAME",
};

/** The text with each finding replaced by a placeholder such as [EMAIL], so examples keep their shape. */
export function maskPii(text: string): string {
  let masked = text;
  for (const finding of findPii(text).reverse()) {
    masked = `${masked.slice(0, finding.start)}[${PLACEHOLDERS[finding.kind]}]${masked.slice(finding.end)}`;
  }
  return masked;
}
