import "server-only";
import { db } from "../db";

const userListing = {
  id: true,
  email: true,
  name: true,
  role: true,
  isDisabled: true,
  lockedUntil: true,
  lastLoginAt: true,
  mustChangePassword: true,
  createdAt: true,
} as const;

/** Every user for the admins' user list: admins first, then by name. No password hashes. */
export async function usersForAdmin() {
  return db.user.findMany({ select: userListing, orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }] });
}
export type UserForAdmin = Awaited<ReturnType<typeof usersForAdmin>>[number];

/** One user for the admin's edit page, or null. */
export async function userForAdmin(id: number) {
  return db.user.findUnique({ where: { id }, select: userListing });
}
