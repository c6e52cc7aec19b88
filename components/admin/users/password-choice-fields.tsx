"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, FieldError } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/schema";
import styles from "./password-choice-fields.module.css";

type PasswordChoice = { passwordChoice: "generate" | "choose"; password?: string };

/** "Generate a password" or "Choose one" (then the password field), for new users and resets. */
export function PasswordChoiceFields<T extends PasswordChoice>({
  register,
  errors,
  choice,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<PasswordChoice>;
  choice: "generate" | "choose";
}) {
  const registerChoice = register as unknown as UseFormRegister<PasswordChoice>;
  return (
    <>
      <fieldset>
        <legend>How to set the password</legend>
        <label className={styles.choice}>
          <input type="radio" value="generate" {...registerChoice("passwordChoice")} />
          Generate a strong password (shown once, for you to pass on)
        </label>
        <label className={styles.choice}>
          <input type="radio" value="choose" {...registerChoice("passwordChoice")} />
          Choose a password
        </label>
        {errors.passwordChoice?.message ? <FieldError>{errors.passwordChoice.message}</FieldError> : null}
      </fieldset>
      {choice === "choose" ? (
        <Field label="New password" error={errors.password?.message} description={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password.`}>
          {(control) => <input {...control} {...registerChoice("password")} type="password" autoComplete="new-password" />}
        </Field>
      ) : null}
    </>
  );
}
