"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFailure } from "@/components/admin/forms/apply-failure";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import type { Result } from "@/lib/result";
import { createUserSchema, type CreateUserForm as Values } from "@/lib/users/schema";
import { GeneratedPassword } from "./generated-password";
import { PasswordChoiceFields } from "./password-choice-fields";

type Created = { id: number; email: string; generatedPassword: string | null };
const FIELDS = ["email", "name", "role", "passwordChoice", "password"] as const;
const EMPTY: Values = { email: "", name: "", role: "EDITOR", passwordChoice: "generate", password: "" };

/** Adds a user; a generated password is shown once, in the confirmation. */
export function CreateUserForm({ create }: { create: (input: Values) => Promise<Result<Created>> }) {
  // raw: the server parses the same schema again, so it gets the form's values, not the parsed ones.
  const form = useForm<Values>({ resolver: zodResolver(createUserSchema, undefined, { raw: true }), defaultValues: EMPTY, mode: "onTouched" });
  const { register, handleSubmit, formState, setError, reset, control } = form;
  const passwordChoice = useWatch({ control, name: "passwordChoice" });
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await create(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: applyFailure(result, setError, FIELDS) });
      return;
    }
    const { id, email, generatedPassword } = result.value;
    reset(EMPTY);
    setMessage({
      tone: "success",
      text: (
        <>
          <p>
            Added {email}. <Link href={`/admin/users/${id}`}>Open their page</Link> or add another user below.
          </p>
          {generatedPassword ? <GeneratedPassword email={email} password={generatedPassword} /> : <p>They can sign in with the password you chose.</p>}
        </>
      ),
    });
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-label="Add a user">
      <StatusMessage message={message} />
      <Field label="Email" error={formState.errors.email?.message}>
        {(control) => <input {...control} {...register("email")} type="email" autoComplete="off" spellCheck={false} />}
      </Field>
      <Field label="Name" error={formState.errors.name?.message} description="As shown in the dashboard and the activity log.">
        {(control) => <input {...control} {...register("name")} autoComplete="off" />}
      </Field>
      <Field label="Role" error={formState.errors.role?.message} description="Editors edit cities, the FAQ and the page text. Admins also manage users.">
        {(control) => (
          <select {...control} {...register("role")}>
            <option value="EDITOR">Editor</option>
            <option value="ADMIN">Admin</option>
          </select>
        )}
      </Field>
      <PasswordChoiceFields register={register} errors={formState.errors} choice={passwordChoice} />
      <div className={formLayout.actions}>
        <Button type="submit" variant="primary" isPending={formState.isSubmitting} pendingLabel="Adding…">
          Add user
        </Button>
        <Link href="/admin/users">Back to the users</Link>
      </div>
    </ScriptForm>
  );
}
