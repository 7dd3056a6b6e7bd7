import { describe, expect, it } from "vitest";
import { blurReply, pickMatch } from "./checkpoint";
import { seededRandom } from "./random";

const ranked = [
  { index: 3, score: 0.8 },
  { index: 7, score: 0.5 },
  { index: 1, score: 0.3 },
];
const reply = "Erster Satz mit einigen Wörtern. Zweiter Satz! Dritter Satz? Vierter Satz mit Ende.";
const examples = [{ prompt: "a", reply: "Andere Antwort mit ganz eigenen Begriffen darin." }];

describe("pickMatch", () => {
  it("always takes the best match at the end of training", () => {
    const random = seededRandom(1);
    for (let i = 0; i < 100; i++) expect(pickMatch(ranked, 1, random)).toBe(ranked[0]);
  });

  it("confuses it with a runner-up more often the earlier the checkpoint", () => {
    const confusions = (stage: number) => {
      const random = seededRandom(2);
      return Array.from({ length: 1000 }, () => pickMatch(ranked, stage, random)).filter((match) => match !== ranked[0])
        .length;
    };
    expect(confusions(0.9)).toBeLessThan(30);
    expect(confusions(0.3)).toBeGreaterThan(300);
    expect(confusions(0.3)).toBeLessThan(500);
  });

  it("has nothing to pick from no matches", () => {
    expect(pickMatch([], 0.2, seededRandom(3))).toBeUndefined();
  });
});

describe("blurReply", () => {
  it("leaves the final model's reply as it is", () => {
    expect(blurReply(reply, { stage: 1, random: seededRandom(4), examples })).toBe(reply);
  });

  it("drops the last sentences and swaps words early in training", () => {
    const blurred = blurReply(reply, { stage: 0.2, random: seededRandom(5), examples });
    expect(blurred.match(/[.!?]/g)?.length).toBeLessThan(4);
    expect(reply.startsWith(blurred)).toBe(false);
  });

  it("keeps at least the first sentence, and text without sentence marks", () => {
    for (let seed = 0; seed < 20; seed++) {
      expect(blurReply("Ja.", { stage: 0, random: seededRandom(seed), examples })).not.toBe("");
      expect(blurReply("ok 👍", { stage: 0, random: seededRandom(seed), examples })).toMatch(/ 👍$/);
    }
  });
});
