/** Why signing in or up was refused as a whole (not because of one field); the UI words each under errors.reason. */
export const AUTH_REASONS = [
  "wrongCredentials",
  "tooManyAttempts",
  "signInDelayed",
  "signup.inviteOnly",
  "signup.closed",
  "signup.invitationEmail",
] as const;

export type AuthReason = (typeof AUTH_REASONS)[number];
