"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFailure } from "@/components/admin/forms/apply-failure";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import type { Result } from "@/lib/result";
import { changeOwnPasswordSchema, MIN_PASSWORD_LENGTH, type ChangeOwnPasswordForm as Values } from "@/lib/users/schema";

type Props = {
  changePassword: (input: Values) => Promise<Result<{ id: number; endedSessions: number }>>;
  /** The password was set by someone else: after the change, go on to the dashboard. */
  mustChange: boolean;
};

const EMPTY: Values = { currentPassword: "", newPassword: "" };

/** Your current password, then a new one; your other sessions end, this one goes on. */
export function ChangePasswordForm({ changePassword, mustChange }: Props) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(changeOwnPasswordSchema, undefined, { raw: true }), defaultValues: EMPTY, mode: "onTouched" });
  const { register, handleSubmit, formState, setError, reset } = form;
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changePassword(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: applyFailure(result, setError, ["currentPassword", "newPassword"]) });
      return;
    }
    reset(EMPTY);
    const others = result.value.endedSessions;
    setMessage({
      tone: "success",
      text: `Your password is changed.${others > 0 ? ` Signed out ${others === 1 ? "1 other session" : `${others} other sessions`}.` : ""}`,
    });
    if (mustChange) router.push("/admin");
    else router.refresh();
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-labelledby="password-heading">
      <p>Changing your password signs you out everywhere else; this browser stays signed in.</p>
      <Field label="Current password" error={formState.errors.currentPassword?.message}>
        {(control) => <input {...control} {...register("currentPassword")} type="password" autoComplete="current-password" />}
      </Field>
      <Field
        label="New password"
        error={formState.errors.newPassword?.message}
        description={`At least ${MIN_PASSWORD_LENGTH} characters; not a common password.`}
      >
        {(control) => <input {...control} {...register("newPassword")} type="password" autoComplete="new-password" />}
      </Field>
      <div className={formLayout.actions}>
        <Button type="submit" isPending={formState.isSubmitting} pendingLabel="Changing…">
          Change password
        </Button>
      </div>
      <StatusMessage message={message} />
    </ScriptForm>
  );
}
