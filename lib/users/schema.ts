import { z } from "zod";
import { isStorableText, MAX_STORED_INTEGER } from "../content-schema";

export const MIN_PASSWORD_LENGTH = 12;

// Long enough to pass the length rule yet among the first guesses of every attacker's list.
const COMMON_PASSWORDS = new Set([
  "password1234", "password12345", "password123456", "passw0rd1234", "123456789012", "1234567890123",
  "qwertyuiop12", "qwertyuiop123", "qwerty123456", "1q2w3e4r5t6y", "1qaz2wsx3edc", "iloveyou1234",
  "letmein12345", "welcome12345", "admin1234567", "administrator", "changeme1234", "abc123456789",
  "aaaaaaaaaaaa", "111111111111", "000000000000", "123123123123", "trustno11234", "football1234",
  "baseball1234", "sunshine1234", "princess1234", "superman1234", "dragon123456", "monkey123456",
  "smartcities1", "smartcity123", "correcthorsebatterystaple", "p@ssw0rd1234", "password!234",
]);

export const emailSchema = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }).max(254, { error: "Email addresses have at most 254 characters." }));

export const passwordSchema = z
  .string({ error: "Enter a password." })
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(256, { error: "Use at most 256 characters." })
  .refine((password) => !COMMON_PASSWORDS.has(password.toLowerCase()), {
    error: "This password is too common. Choose one that is harder to guess.",
  })
  .refine((password) => new Set(password).size >= 4, { error: "Use more than a few different characters." });

export const roleSchema = z.enum(["ADMIN", "EDITOR"], { error: "Choose a role: admin or editor." });

export const userNameSchema = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(120, { error: "Names have at most 120 characters." })
  .refine(isStorableText, { error: "Remove the invisible control characters or broken symbols from the name." });

// Input that is not an object of fields at all (a list, a number, nothing) from a hand-made request.
const NOT_FIELDS = { error: "Send the fields as one object of named values, like {“userId”: 7}." };

export const newUserSchema = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: roleSchema,
  password: passwordSchema,
}, NOT_FIELDS);
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

function checkChosenPassword(value: { passwordChoice: "generate" | "choose"; password?: string }, context: z.RefinementCtx) {
  if (value.passwordChoice !== "choose") return;
  const checked = passwordSchema.safeParse(value.password ?? "");
  for (const issue of checked.error?.issues ?? []) context.addIssue({ code: "custom", path: ["password"], message: issue.message });
}

/** The password to set, or null for "generate one". */
function choosePassword<T extends { passwordChoice: "generate" | "choose"; password?: string }>({ password, ...rest }: T): Omit<T, "password"> & { password: string | null } {
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

export const setUserDisabledSchema = z.object({
  userId: userIdSchema,
  isDisabled: z.boolean({ error: "Choose whether the account is disabled." }),
}, NOT_FIELDS);
export type SetUserDisabledInput = z.output<typeof setUserDisabledSchema>;
