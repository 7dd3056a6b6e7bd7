import { describe, expect, it } from "vitest";
import { decideSignUp, resolveSignupMode } from "./signup";

describe("the effective sign-up mode", () => {
  it("is SIGNUP from the environment when set, over anything saved", () => {
    expect(resolveSignupMode({ env: "closed", stored: "open" })).toEqual({ mode: "closed", source: "env" });
    expect(resolveSignupMode({ env: "open", stored: null })).toEqual({ mode: "open", source: "env" });
  });

  it("is what an installation admin saved, else invitation only", () => {
    expect(resolveSignupMode({ env: undefined, stored: "open" })).toEqual({ mode: "open", source: "setting" });
    expect(resolveSignupMode({ env: undefined, stored: null })).toEqual({ mode: "invite", source: "default" });
    expect(resolveSignupMode({ env: undefined, stored: "nonsense" })).toEqual({ mode: "invite", source: "default" });
  });
});

describe("whether a sign-up may go ahead", () => {
  const base = { firstAccount: false, invitation: null, email: "ada@example.com" };

  it("lets anyone in when open, nobody when closed (not even with an invitation or as the first account)", () => {
    expect(decideSignUp({ ...base, mode: "open" })).toEqual({ allowed: true });
    const invited = { ...base, invitation: { boundEmail: null } };
    expect(decideSignUp({ ...invited, mode: "closed" })).toEqual({ allowed: false, reason: "closed" });
    expect(decideSignUp({ ...base, mode: "closed", firstAccount: true })).toMatchObject({ allowed: false });
  });

  it("by invitation: only with one, except for the installation's first account", () => {
    expect(decideSignUp({ ...base, mode: "invite" })).toEqual({ allowed: false, reason: "inviteOnly" });
    expect(decideSignUp({ ...base, mode: "invite", firstAccount: true })).toEqual({ allowed: true });
    expect(decideSignUp({ ...base, mode: "invite", invitation: { boundEmail: null } })).toEqual({ allowed: true });
  });

  it("binds a mailed invitation to its address, whatever the case", () => {
    const invitation = { boundEmail: "grace@example.com" };
    expect(decideSignUp({ ...base, mode: "invite", invitation })).toEqual({
      allowed: false,
      reason: "invitationEmail",
      email: "grace@example.com",
    });
    expect(decideSignUp({ ...base, mode: "invite", invitation, email: "Grace@Example.com" })).toEqual({
      allowed: true,
    });
    // Before an address is typed, the page offers the sign-up form.
    expect(decideSignUp({ ...base, mode: "invite", invitation, email: null })).toEqual({ allowed: true });
  });
});
