"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createToken, revokeToken } from "@/lib/api-tokens/queries";
import { createTokenSchema, tokenIdSchema } from "@/lib/api-tokens/schema";
import { record } from "@/lib/audit/record";

/** Returns the token itself: the only time anyone sees it. */
export const createTokenAction = createAction(
  { name: "createTokenAction", schema: createTokenSchema },
  async (input, access) => {
    const { workspace, user } = access;
    const { token, view } = await createToken({ workspaceId: workspace.id, userId: user.id, input });
    await record(access, "token.created", { type: "token", id: view.id, name: view.name }, { scopes: view.scopes });
    revalidatePath("/settings/tokens");
    return { token, name: view.name };
  },
);

export const revokeTokenAction = createAction(
  { name: "revokeTokenAction", schema: tokenIdSchema },
  async ({ tokenId }, access) => {
    await revokeToken({ workspaceId: access.workspace.id, userId: access.user.id, tokenId });
    await record(access, "token.revoked", { type: "token", id: tokenId });
    revalidatePath("/settings/tokens");
  },
);
