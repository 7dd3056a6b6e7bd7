import { describe, expect, it } from "vitest";
import { findPii, ibanValid, luhnValid, maskPii } from "./detect";

const kinds = (text: string) => findPii(text).map((finding) => [finding.kind, finding.text]);

describe("findPii", () => {
  it("finds e-mail addresses, also with umlauts", () => {
    expect(kinds("Schreiben Sie an anna.müller@beispiel.de oder support@t1000.com.")).toEqual([
      ["email", "anna.müller@beispiel.de"],
      ["email", "support@t1000.com"],
    ]);
  });

  it("finds phone numbers in international and national form", () => {
    expect(kinds("Rufen Sie +49 30 1234567 an, oder 030/12345678.")).toEqual([
      ["phone", "+49 30 1234567"],
      ["phone", "030/12345678"],
    ]);
  });

  it("finds IBANs only when the checksum is right", () => {
    expect(kinds("IBAN: DE89 3704 0044 0532 0130 00")).toEqual([["iban", "DE89 3704 0044 0532 0130 00"]]);
    expect(kinds("IBAN: DE00 3704 0044 0532 0130 00")).toEqual([]);
  });

  it("finds card numbers only when the Luhn check passes", () => {
    expect(kinds("Karte 4111 1111 1111 1111 läuft ab")).toEqual([["card", "4111 1111 1111 1111"]]);
    expect(kinds("Bestellnummer 4111 1111 1111 1112")).toEqual([]);
  });

  it("finds secrets such as API keys and private keys", () => {
    expect(findPii("key sk-proj-abcdefghijklmnopqrstuvwxyz123456 and AKIAABCDEFGHIJKLMNOP").map((f) => f.kind)).toEqual(
      ["secret", "secret"],
    );
    expect(findPii("-----BEGIN RSA PRIVATE KEY-----")[0]?.kind).toBe("secret");
  });

  it("leaves ordinary text alone: prices, dates, versions, order numbers, short numbers", () => {
    for (const text of [
      "Der T-1000 kostet 499,00 € und hält 120 Minuten.",
      "Lieferung am 12.03.2026 zwischen 10:00 und 12:00.",
      "Firmware 2.14.3 behebt Fehler E3.",
      "Ihre Bestellung 12345 ist unterwegs.",
      "Mehr unter https://example.com/hilfe",
    ]) {
      expect(findPii(text), text).toEqual([]);
    }
  });
});

describe("maskPii", () => {
  it("replaces each finding with a placeholder of its kind", () => {
    expect(maskPii("Mail an max@example.com, Karte 4111111111111111.")).toBe("Mail an [EMAIL], Karte [CARD].");
  });
});

describe("checksums", () => {
  it("validates Luhn and IBAN numbers", () => {
    expect(luhnValid("79927398713")).toBe(false); // too short for a card
    expect(luhnValid("4012888888881881")).toBe(true);
    expect(ibanValid("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(ibanValid("GB82 WEST 1234 5698 7654 33")).toBe(false);
  });
});
