import pg from "pg";

// Rows the public-site journeys need, written before `next build` because the public pages are
// static: a row written later is not seen until the site is revalidated. The 15 published cities
// and their order stay as seeded (other journeys count on them); only Bangkok's profile gains a
// hostile paragraph, which the page must show as harmless text or not at all.

export const publicSiteFixtures = {
  draftCity: { slug: "draft-city-e2e", name: "Draft City E2E" },
  renamedCity: { oldSlug: "old-singapore", slug: "singapore" },
  /** A renamed draft: the old address must not lead to the draft. */
  renamedDraft: { oldSlug: "old-draft-city-e2e" },
  hostileCity: { slug: "bangkok", marker: "Hostile paragraph for the sanitiser test." },
} as const;

/** Paragraphs that would run script or inject elements if the Markdown were not sanitised. */
export const hostileMarkdown = [
  publicSiteFixtures.hostileCity.marker,
  "<script>window.__xss = 1</script>",
  '<img src="x" onerror="window.__xss = 2" id="xss-image">',
  "[a hostile link](javascript:window.__xss=3)",
  '<iframe id="xss-frame" srcdoc="<script>parent.__xss = 4</script>"></iframe>',
  '<svg id="xss-svg" onload="window.__xss = 5"><circle r="5"></circle></svg>',
  '<p onclick="window.__xss = 6" id="xss-paragraph">Click me</p>',
].join("\n\n");

export async function prepareE2eFixtures(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { draftCity, renamedCity, renamedDraft, hostileCity } = publicSiteFixtures;
    const draft = await client.query<{ id: number }>(
      `INSERT INTO "City" (slug, name, country, summary, profile, "focusAreas", status, "plannedRank", "updatedAt")
       VALUES ($1, $2, 'Nowhere', 'A draft that must never be public.', $3, '{}', 'DRAFT', 16, now())
       ON CONFLICT (slug) DO UPDATE SET slug = EXCLUDED.slug RETURNING id`,
      [draftCity.slug, draftCity.name, `A draft profile.\n\n<script>window.__xss = 'draft'</script>`],
    );
    await client.query(`INSERT INTO "SlugRedirect" ("fromSlug", "cityId") VALUES ($1, $2) ON CONFLICT ("fromSlug") DO NOTHING`, [
      renamedDraft.oldSlug,
      draft.rows[0]!.id,
    ]);
    await client.query(`INSERT INTO "SlugRedirect" ("fromSlug", "cityId") SELECT $1, id FROM "City" WHERE slug = $2 ON CONFLICT ("fromSlug") DO NOTHING`, [
      renamedCity.oldSlug,
      renamedCity.slug,
    ]);
    await client.query(`UPDATE "City" SET profile = profile || E'\\n\\n' || $1 WHERE slug = $2 AND position($3 in profile) = 0`, [
      hostileMarkdown,
      hostileCity.slug,
      hostileCity.marker,
    ]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    await client.end();
  }
}
