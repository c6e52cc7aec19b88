import { jsonLdText } from "@/lib/structured-data";

/** A schema.org description for search engines (lib/structured-data.ts builds them). */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
