"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { rememberWorkspace } from "@/lib/auth/access";
import { saveSignupMode } from "@/lib/installation/queries";
import { signupModeSchema } from "@/lib/installation/signup";
import { removeLifecycleOverride, setLifecycleOverride } from "@/lib/lifecycle/queries";
import { removeLifecycleOverrideSchema, setLifecycleOverrideSchema } from "@/lib/lifecycle/schema";
import { resetPrice, setPrice } from "@/lib/pricing/queries";
import { resetPriceSchema, setPriceSchema } from "@/lib/pricing/schema";
import { deleteWebhook, rotateWebhookSecret, saveWebhook, sendTestEvent } from "@/lib/webhooks/queries";
import { noInputSchema, saveWebhookSchema } from "@/lib/webhooks/schema";
import { deleteWorkspace } from "@/lib/workspaces/delete";
import { renameWorkspace } from "@/lib/workspaces/queries";
import { deleteWorkspaceSchema, workspaceNameSchema } from "@/lib/workspaces/schema";

export const renameWorkspaceAction = createAction(
  { name: "renameWorkspaceAction", schema: workspaceNameSchema },
  async ({ name }, access) => {
    await renameWorkspace({ actor: access, name });
    revalidatePath("/", "layout");
  },
);

/** The owner works on in another of their workspaces afterwards (or a new one of their own, when none is left). */
export const deleteWorkspaceAction = createAction(
  { name: "deleteWorkspaceAction", schema: deleteWorkspaceSchema },
  async ({ confirmName }, { workspace, user }) => {
    await deleteWorkspace({ workspaceId: workspace.id, confirmName, userId: user.id });
    await rememberWorkspace(null);
    revalidatePath("/", "layout");
  },
);

// Prices feed the datasets' cost estimates too, so every page is revalidated.
export const setPriceAction = createAction(
  { name: "setPriceAction", schema: setPriceSchema },
  async (prices, access) => {
    await setPrice({ ...prices, actor: access });
    revalidatePath("/", "layout");
  },
);

export const resetPriceAction = createAction(
  { name: "resetPriceAction", schema: resetPriceSchema },
  async ({ model }, access) => {
    await resetPrice({ actor: access, model });
    revalidatePath("/", "layout");
  },
);

/** Who may sign up on this installation; the sign-in and sign-up pages read it on every request. */
export const saveSignupModeAction = createAction(
  { name: "saveSignupModeAction", schema: signupModeSchema },
  async ({ mode }, access) => {
    await saveSignupMode({ access, mode });
    revalidatePath("/settings");
  },
);

// The registry's dates show on the dashboard, the new-job form, the jobs and the chat: every page is revalidated.
export const setLifecycleOverrideAction = createAction(
  { name: "setLifecycleOverrideAction", schema: setLifecycleOverrideSchema },
  async (input, { workspace }) => {
    await setLifecycleOverride(workspace.id, input);
    revalidatePath("/", "layout");
  },
);

export const removeLifecycleOverrideAction = createAction(
  { name: "removeLifecycleOverrideAction", schema: removeLifecycleOverrideSchema },
  async (key, { workspace }) => {
    await removeLifecycleOverride(workspace.id, key);
    revalidatePath("/", "layout");
  },
);

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
