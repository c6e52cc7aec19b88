"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import { signInErrorMessage, WRONG_CREDENTIALS_MESSAGE } from "@/lib/auth/messages";
import { signInFormSchema, type SignInForm } from "@/lib/auth/sign-in-schema";

type Props = {
  /** Where to go after signing in: already checked to be a path on this site (safeCallbackPath). */
  callbackPath: string;
  /** A message from an earlier attempt (next-auth's ?error=), already reduced to one of ours. */
  initialError: string | null;
};

/** Email + password through next-auth's Credentials provider; then a full page load of callbackPath. */
export function LoginForm({ callbackPath, initialError }: Props) {
  const form = useForm<SignInForm>({ resolver: zodResolver(signInFormSchema), defaultValues: { email: "", password: "" } });
  const { register, handleSubmit, formState, resetField, setFocus } = form;
  const [message, setMessage] = useState<StatusMessageValue | null>(initialError ? { tone: "error", text: initialError } : null);
  const [isRedirecting, setIsRedirecting] = useState(false);

  const onSubmit = handleSubmit(async ({ email, password }) => {
    setMessage(null);
    const result = await signIn("credentials", { email, password, redirect: false, callbackUrl: callbackPath });
    if (result?.ok && !result.error) {
      setIsRedirecting(true);
      setMessage({ tone: "success", text: "Signed in. Opening the dashboard…" });
      // A full load, so every server component (and the nonce of the page's policy) starts fresh.
      window.location.assign(callbackPath);
      return;
    }
    setMessage({ tone: "error", text: signInErrorMessage(result?.error) ?? WRONG_CREDENTIALS_MESSAGE });
    resetField("password");
    setFocus("password");
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-labelledby="login-heading">
      <StatusMessage message={message} />
      <Field label="Email" error={formState.errors.email?.message}>
        {(control) => <input {...control} {...register("email")} type="email" autoComplete="username" inputMode="email" spellCheck={false} />}
      </Field>
      <Field label="Password" error={formState.errors.password?.message}>
        {(control) => <input {...control} {...register("password")} type="password" autoComplete="current-password" />}
      </Field>
      <div className={formLayout.actions}>
        <Button type="submit" variant="primary" isPending={formState.isSubmitting || isRedirecting} pendingLabel="Signing in…">
          Sign in
        </Button>
      </div>
    </ScriptForm>
  );
}
