import { z } from "zod";
import { isStorableText } from "../content-schema";

/**
 * The login form's own check: both fields filled in. Whether they are right is for the server
 * (lib/auth/sign-in.ts), which answers every wrong combination with the same message.
 */
export const signInFormSchema = z.object(
  {
    email: z
      .string({ error: "Enter your email address." })
      .trim()
      .min(1, { error: "Enter your email address." })
      .max(254, { error: "Email addresses have at most 254 characters." }),
    password: z
      .string({ error: "Enter your password." })
      .min(1, { error: "Enter your password." })
      .max(1_024, { error: "Passwords have at most 1,024 characters." })
      // No password holds a control character or half a character (lib/users/schema.ts refuses them).
      .refine(isStorableText, { error: "Your password has an invisible control character or a broken symbol in it: type it again." }),
  },
  { error: "Enter your email address and password." },
);
export type SignInForm = z.input<typeof signInFormSchema>;
