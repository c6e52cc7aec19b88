import { hash, verify } from "@node-rs/argon2";
import { randomBytes } from "node:crypto";

// OWASP's argon2id baseline (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A password strong enough to print once and use: 24 characters from a URL-safe alphabet. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
