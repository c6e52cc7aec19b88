/** How users' roles, states and times read in the dashboard. */

export const roleLabel = (role: "ADMIN" | "EDITOR") => (role === "ADMIN" ? "Admin" : "Editor");

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
export const formatDateTime = (date: Date) => `${dateTime.format(date)} UTC`;

export type UserState = { label: string; tone: "success" | "danger" | "default" };

export function userState(user: { isDisabled: boolean; lockedUntil: Date | null }, now = new Date()): UserState {
  if (user.isDisabled) return { label: "Disabled", tone: "danger" };
  if (user.lockedUntil && user.lockedUntil > now) return { label: `Locked until ${formatDateTime(user.lockedUntil)} (failed sign-ins)`, tone: "danger" };
  return { label: "Active", tone: "success" };
}
