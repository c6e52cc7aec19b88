import { publishedFaq } from "@/lib/faq/queries";
import { publicJson } from "@/lib/public-api";

// GET /api/faq: { version, entries: [{ id, position, question, answer, updatedAt }] }, published
// entries in order; answers are Markdown (shape documented in README.md, "JSON read API").
// Static like GET /api/cities (see the note there before adding handlers to this file).
export const dynamic = "force-static";

export async function GET() {
  return publicJson(await publishedFaq());
}
