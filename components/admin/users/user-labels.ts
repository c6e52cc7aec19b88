/** How users' roles and states read in the dashboard. */
import { formatDateTime } from "@/lib/format-date";

export const roleLabel = (role: "ADMIN" | "EDITOR") => (role === "ADMIN" ? "Admin" : "Editor");

export type UserState = { label: string; tone: "success" | "danger" | "default" };

export function userState(user: { isDisabled: boolean; lockedUntil: Date | null }, now = new Date()): UserState {
  if (user.isDisabled) return { label: "Disabled", tone: "danger" };
  if (user.lockedUntil && user.lockedUntil > now) return { label: `Locked until ${formatDateTime(user.lockedUntil)} (failed sign-ins)`, tone: "danger" };
  return { label: "Active", tone: "success" };
}
