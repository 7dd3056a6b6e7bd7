"use server";
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { saveSignupMode } from "@/lib/installation/queries";
import { signupModeSchema } from "@/lib/installation/signup";

/** Who may sign up on this installation; the sign-in and sign-up pages read it on every request. */
export const saveSignupModeAction = createAction(
  { name: "saveSignupModeAction", schema: signupModeSchema },
  async ({ mode }, access) => {
    await saveSignupMode({ access, mode });
    revalidatePath("/settings");
  },
);
