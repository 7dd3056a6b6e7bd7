"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { createToken, revokeToken } from "@/lib/api-tokens/queries";
import { createTokenSchema, tokenIdSchema } from "@/lib/api-tokens/schema";

/** Returns the token itself: the only time anyone sees it. */
export const createTokenAction = createAction(
  { name: "createTokenAction", schema: createTokenSchema },
  async (input, access) => {
    const { token, view } = await createToken({ actor: access, input });
    revalidatePath("/settings/tokens");
    return { token, name: view.name };
  },
);

export const revokeTokenAction = createAction(
  { name: "revokeTokenAction", schema: tokenIdSchema },
  async ({ tokenId }, access) => {
    await revokeToken({ actor: access, tokenId });
    revalidatePath("/settings/tokens");
  },
);
