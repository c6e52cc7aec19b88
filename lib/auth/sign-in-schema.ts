import { z } from "zod";
import { isWellFormedText } from "../content-schema";

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
      // No stored password has half a character (lib/users/schema.ts refuses it), and "x\ud800" would
      // otherwise be hashed as "x\ufffd" and could match a password that was typed with that symbol.
      .refine(isWellFormedText, { error: "Your password has a broken symbol in it: type it again." }),
  },
  { error: "Enter your email address and password." },
);
export type SignInForm = z.input<typeof signInFormSchema>;
