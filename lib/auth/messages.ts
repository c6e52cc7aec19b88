// What sign-in and the session checks say to people. Shared by the server and the login form, so
// the form can recognise the server's answers (it shows only these, never text taken from a URL).

export const WRONG_CREDENTIALS_MESSAGE = "The email or password is wrong.";
export const SESSION_ENDED_MESSAGE = "Your session has ended. Sign in again; your changes are still in the form.";
export const ADMIN_ONLY_MESSAGE = "Only admins can do this. Ask an admin if you need it done.";
export const PASSWORD_CHANGE_REQUIRED_MESSAGE = "Your password was set by someone else. Choose your own at /admin/account first.";
export const DATABASE_UNREACHABLE_MESSAGE = "The database is unreachable right now; nothing was saved. Try again in a moment.";
export const SIGN_IN_UNAVAILABLE_MESSAGE = "Signing in is not possible right now (the database is unreachable). Try again in a moment.";
export const SIGN_IN_BROKE_MESSAGE = "Signing in failed because of a problem on our side. Try again in a moment.";

export function lockedMessage(minutes: number): string {
  const whole = Math.max(1, Math.ceil(minutes));
  return `Too many failed attempts. Try again in ${whole} ${whole === 1 ? "minute" : "minutes"}.`;
}

const LOCKED_PATTERN = /^Too many failed attempts\. Try again in \d{1,4} minutes?\.$/;

/** The message to show for an error code next-auth passed back (`?error=` or signIn()'s `error`). */
export function signInErrorMessage(error: string | null | undefined): string | null {
  if (!error) return null;
  if (LOCKED_PATTERN.test(error) || error === SIGN_IN_UNAVAILABLE_MESSAGE || error === SIGN_IN_BROKE_MESSAGE) return error;
  if (error === "SessionRequired") return "Sign in to continue.";
  return WRONG_CREDENTIALS_MESSAGE;
}
