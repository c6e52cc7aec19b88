// The common-password rule (ASVS V6.2.4): the ~49,000 passwords of zxcvbn-ts's "passwords-common"
// list (@zxcvbn-ts/language-common, kept up to date by that project), not a list of our own.
// It is 380 kB, so it is loaded on first use, and only on the server: the browser's copy of a form
// schema skips this rule, and the server, which parses every input again, applies it.

let commonPasswords: Promise<ReadonlySet<string>> | undefined;

function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  commonPasswords ??= import("@zxcvbn-ts/language-common").then(({ dictionary }) => new Set(dictionary["passwords-common"]));
  return commonPasswords;
}

/**
 * Whether a password is on the list, ignoring case, also when a listed word only has digits or
 * symbols added at the end ("password1234!", "iloveyou2024").
 */
export async function isCommonPassword(password: string): Promise<boolean> {
  if (typeof window !== "undefined") return false;
  const list = await loadCommonPasswords();
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  return list.has(lower) || (stem.length >= 4 && list.has(stem));
}

/** How many passwords the rule knows (for the tests and docs/security.md). */
export async function commonPasswordCount(): Promise<number> {
  return (await loadCommonPasswords()).size;
}
