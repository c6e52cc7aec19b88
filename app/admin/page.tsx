import { redirect } from "next/navigation";
import { requireEditor } from "@/lib/auth/session";

export default async function AdminHome() {
  await requireEditor();
  redirect("/admin/cities");
}
