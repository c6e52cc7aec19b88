import "server-only";
import { draftMode } from "next/headers";

/** Ends this browser's preview (deletes draft mode's cookie). Outside a request (a test calling next-auth's events) there is no browser, so nothing to end. */
export async function endPreview(): Promise<void> {
  try {
    (await draftMode()).disable();
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("outside a request scope"))) throw error;
  }
}
