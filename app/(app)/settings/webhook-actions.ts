"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { deleteWebhook, rotateWebhookSecret, saveWebhook, sendTestEvent } from "@/lib/webhooks/queries";
import { noInputSchema, saveWebhookSchema } from "@/lib/webhooks/schema";

/** Creating the webhook returns its signing secret: the only time anyone sees it. */
export const saveWebhookAction = createAction(
  { name: "saveWebhookAction", schema: saveWebhookSchema },
  async (input, access) => {
    const result = await saveWebhook({ actor: access, input });
    revalidatePath("/settings");
    return result;
  },
);

export const rotateWebhookSecretAction = createAction(
  { name: "rotateWebhookSecretAction", schema: noInputSchema },
  async (_input, access) => rotateWebhookSecret(access),
);

export const deleteWebhookAction = createAction(
  { name: "deleteWebhookAction", schema: noInputSchema },
  async (_input, access) => {
    await deleteWebhook(access);
    revalidatePath("/settings");
  },
);

export const sendTestWebhookAction = createAction(
  { name: "sendTestWebhookAction", schema: noInputSchema },
  async (_input, { workspace }) => {
    const result = await sendTestEvent(workspace.id);
    revalidatePath("/settings");
    return result;
  },
);
