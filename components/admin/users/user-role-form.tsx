"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { applyFailure } from "@/components/admin/forms/apply-failure";
import { Button } from "@/components/ui/button";
import { ScriptForm } from "@/components/ui/script-form";
import { Field } from "@/components/ui/field";
import { StatusMessage, type StatusMessageValue } from "@/components/ui/status-message";
import formLayout from "@/components/ui/form.module.css";
import type { Result } from "@/lib/result";
import { changeRoleSchema } from "@/lib/users/schema";
import { roleLabel } from "./user-labels";

type Values = z.input<typeof changeRoleSchema>;

/** Changes a user's role. The user's open sessions end (they sign in again with the new role). */
export function UserRoleForm({
  user,
  isSelf,
  changeRole,
}: {
  user: { id: number; role: "ADMIN" | "EDITOR" };
  isSelf: boolean;
  changeRole: (input: Values) => Promise<Result<{ id: number }>>;
}) {
  const router = useRouter();
  const form = useForm<Values>({ resolver: zodResolver(changeRoleSchema, undefined, { raw: true }), defaultValues: { userId: user.id, role: user.role } });
  const { register, handleSubmit, formState, setError } = form;
  const [message, setMessage] = useState<StatusMessageValue | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setMessage(null);
    const result = await changeRole(values);
    if (!result.ok) {
      setMessage({ tone: "error", text: applyFailure(result, setError, ["role"]) });
      return;
    }
    const role = roleLabel(values.role as "ADMIN" | "EDITOR").toLowerCase();
    setMessage({
      tone: "success",
      text: values.role === user.role ? "The role is unchanged." : `Saved: now ${role === "admin" ? "an admin" : "an editor"}. Their open sessions have ended.`,
    });
    router.refresh();
  });

  return (
    <ScriptForm onSubmit={onSubmit} noValidate className={formLayout.form} aria-labelledby="role-heading">
      <input type="hidden" {...register("userId")} />
      <Field
        label="Role"
        error={formState.errors.role?.message}
        description={isSelf ? "If you stop being an admin, you are signed out and lose access to this page." : "Changing the role signs them out everywhere."}
      >
        {(control) => (
          <select {...control} {...register("role")}>
            <option value="EDITOR">Editor</option>
            <option value="ADMIN">Admin</option>
          </select>
        )}
      </Field>
      <div className={formLayout.actions}>
        <Button type="submit" isPending={formState.isSubmitting} pendingLabel="Saving…">
          Save role
        </Button>
      </div>
      <StatusMessage message={message} />
    </ScriptForm>
  );
}
