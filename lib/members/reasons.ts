/** Why a change to the team was refused; the UI words each under errors.reason. */
export const MEMBER_REASONS = ["lastOwner", "ownersOnly", "removeSelf", "invitationInvalid"] as const;

export type MemberReason = (typeof MEMBER_REASONS)[number];
