import { formatFileDate } from "../format-date";

/** A file the browser saves instead of showing (never cached: it holds drafts). */
export function downloadResponse(body: string, filename: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** Today's date for a file name: smart-cities-content-2026-12-04.json. */
export const fileDate = (now = new Date()) => formatFileDate(now);
