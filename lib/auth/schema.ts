import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z.string().trim().toLowerCase().max(254).pipe(z.email());

export const signInSchema = z.object({
  email,
  password: z.string().min(1).max(PASSWORD_MAX),
});

export const signUpSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email,
  password: z.string().min(PASSWORD_MIN).max(PASSWORD_MAX),
});
