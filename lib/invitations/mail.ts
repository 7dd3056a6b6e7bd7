/** Sends an invitation by e-mail when SMTP is configured (SMTP_HOST …); without it the link is shown to copy. */
import "server-only";
import nodemailer from "nodemailer";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/logger";

export function canSendMail(): boolean {
  return Boolean(getEnv().SMTP_HOST);
}

/** True when the mail went out; a failure is logged and the person copies the link instead. */
export async function sendInvitationMail(options: {
  to: string;
  url: string;
  workspaceName: string;
  inviterName: string;
}): Promise<boolean> {
  const env = getEnv();
  if (!env.SMTP_HOST) return false;
  const transport = nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_PORT === 465,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
  });
  try {
    await transport.sendMail({
      from: env.SMTP_FROM ?? env.SMTP_USER ?? "finetune-playground@localhost",
      to: options.to,
      subject: `${options.inviterName} invited you to ${options.workspaceName}`,
      text: `${options.inviterName} invited you to the workspace "${options.workspaceName}" in Finetune Playground.\n\nOpen this link to join:\n${options.url}\n`,
    });
    return true;
  } catch (error) {
    logger.warn(`Could not send the invitation e-mail through ${env.SMTP_HOST}`, error);
    return false;
  }
}
