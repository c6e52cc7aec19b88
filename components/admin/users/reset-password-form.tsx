"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFailure } from "@/components/admin/forms/apply-failure";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import type { Result } from "@/lib/result";
import { resetPasswordSchema, type ResetPasswordForm as Values } from "@/lib/users/schema";
import { GeneratedPassword } from "./generated-password";
import { PasswordChoiceFields } from "./password-choice-fields";

type Reset = { id: number; email: string; generatedPassword: string | null };

/** Sets a new password (generated and shown once, or chosen); the user's sessions end and a sign-in lock is lifted. */
export function ResetPasswordForm({
  userId,
  isSelf,
  resetPassword,
}: {
  userId: number;
  isSelf: boolean;
  resetPassword: (input: Values) => Promise<Result<Reset>>;
}) {
  const defaults: Values = { userId, passwordChoice: "generate", password: "" };
  const form = useForm<Values>({ resolver: zodResolver(resetPasswordSchema, undefined, { raw: true }), defaultValues: defaults });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const passwordChoice = useWatch({ control, name: "passwordChoice" });
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await resetPassword(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: applyFailure(result, setError, ["passwordChoice", "password"]) });
      return;
    }
    const { email, generatedPassword } = result.value;
    reset(defaults);
    setMessage({
      tone: "success",
      text: generatedPassword ? <GeneratedPassword email={email} password={generatedPassword} /> : <p>The password of {email} is changed.</p>,
    });
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-labelledby="password-heading">
      <p>
        {isSelf
          ? "Setting a new password signs you out everywhere, this browser included."
          : "A new password signs them out everywhere and lifts a lock from failed sign-ins."}
      </p>
      <input type="hidden" {...register("userId")} />
      <PasswordChoiceFields register={register} errors={formState.errors} choice={passwordChoice} />
      <div className={formLayout.actions}>
        <Button type="submit" isPending={formState.isSubmitting} pendingLabel="Setting…">
          Set new password
        </Button>
      </div>
      <StatusMessage message={message} />
    </ScriptForm>
  );
}
