import { z } from "zod";
import { isStorableText, MAX_STORED_INTEGER } from "../content-schema";
import { isCommonPassword } from "./common-passwords";

export const MIN_PASSWORD_LENGTH = 12;

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, { error: "Email addresses have at most 254 characters." }));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(256, { error: "Use at most 256 characters." })
  .refine((password) => new Set(password).size >= 4, { error: "Use more than a few different characters." })
  // Nobody types a control character, and a broken symbol (half a character) would be hashed as
  // U+FFFD: two different passwords would then be the same one.
  .refine(isStorableText, { error: "Remove the invisible control characters or broken symbols from the password." })
  // Asynchronous (the list is loaded on first use): parse with safeParseAsync.
  .refine(async (password) => !(await isCommonPassword(password)), {
    error: "This password is too common. Choose one that is harder to guess.",
  });

export const roleSchema = z.enum(["ADMIN", "EDITOR"], { error: "Choose a role: admin or editor." });

export const userNameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(120, { error: "Names have at most 120 characters." })
  .refine(isStorableText, { error: "Remove the invisible control characters or broken symbols from the name." });

// Input that is not an object of fields at all (a list, a number, nothing) from a hand-made request.
const NOT_FIELDS = { error: "Send the fields as one object of named values, like {“userId”: 7}." };

export const newUserSchema = z.object(
  {
    email: emailSchema,
    name: userNameSchema,
    role: roleSchema,
    password: passwordSchema,
  },
  NOT_FIELDS,
);
export type NewUserInput = z.infer<typeof newUserSchema>;

/** A user's id, from a URL segment, a bound argument or a hidden field: input like any other. */
export const userIdSchema = z.coerce
  .number({ error: "Choose a user." })
  .int({ error: "Choose a user." })
  .positive({ error: "Choose a user." })
  .max(MAX_STORED_INTEGER, { error: "Choose a user." });

/**
 * A new password, for a new user or a reset: generated (shown once) or chosen by the admin, in which
 * case it must pass the password rules. The form sends `password: ""` when generating.
 */
const passwordChoiceFields = {
  passwordChoice: z.enum(["generate", "choose"], { error: "Choose how to set the password." }),
  password: z.string({ error: "Enter a password." }).max(256, { error: "Use at most 256 characters." }).optional(),
};

async function checkChosenPassword(value: { passwordChoice: "generate" | "choose"; password?: string }, context: z.RefinementCtx) {
  if (value.passwordChoice !== "choose") return;
  const checked = await passwordSchema.safeParseAsync(value.password ?? "");
  for (const issue of checked.error?.issues ?? []) context.addIssue({ code: "custom", path: ["password"], message: issue.message });
}

/** The password to set, or null for "generate one". */
function choosePassword<T extends { passwordChoice: "generate" | "choose"; password?: string }>({
  password,
  ...rest
}: T): Omit<T, "password"> & { password: string | null } {
  return { ...rest, password: rest.passwordChoice === "choose" ? (password ?? null) : null };
}

export const createUserSchema = z
  .object({ email: emailSchema, name: userNameSchema, role: roleSchema, ...passwordChoiceFields }, NOT_FIELDS)
  .superRefine(checkChosenPassword)
  .transform(choosePassword);
export type CreateUserForm = z.input<typeof createUserSchema>;
export type CreateUserInput = z.output<typeof createUserSchema>;

export const resetPasswordSchema = z
  .object({ userId: userIdSchema, ...passwordChoiceFields }, NOT_FIELDS)
  .superRefine(checkChosenPassword)
  .transform(choosePassword);
export type ResetPasswordForm = z.input<typeof resetPasswordSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: roleSchema }, NOT_FIELDS);
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const setUserDisabledSchema = z.object(
  {
    userId: userIdSchema,
    isDisabled: z.boolean({ error: "Choose whether the account is disabled." }),
  },
  NOT_FIELDS,
);
export type SetUserDisabledInput = z.output<typeof setUserDisabledSchema>;

/** Changing one's own password (/admin/account): the current one, then a new one that follows the rules. */
export const changeOwnPasswordSchema = z
  .object(
    {
      currentPassword: z
        .string({ error: "Enter your current password." })
        .min(1, { error: "Enter your current password." })
        .max(1_024, { error: "Enter your current password." })
        .refine(isStorableText, { error: "Your current password has an invisible control character or a broken symbol in it: type it again." }),
      newPassword: passwordSchema,
    },
    NOT_FIELDS,
  )
  .superRefine((value, context) => {
    if (value.newPassword !== value.currentPassword) return;
    // Under both fields: either one may be the one to change.
    context.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password that differs from the current one." });
    context.addIssue({ code: "custom", path: ["currentPassword"], message: "This is the same as the new password." });
  });
export type ChangeOwnPasswordForm = z.input<typeof changeOwnPasswordSchema>;
export type ChangeOwnPasswordInput = z.output<typeof changeOwnPasswordSchema>;

/** An admin ends one session of a user (sessionId), or all of them (no sessionId). */
export const endUserSessionsSchema = z.object(
  {
    userId: userIdSchema,
    sessionId: z
      .string({ error: "Choose a session." })
      .regex(/^[\w-]{16,64}$/, { error: "Choose a session." })
      .optional(),
  },
  NOT_FIELDS,
);
export type EndUserSessionsInput = z.output<typeof endUserSessionsSchema>;
