import { db } from "../lib/db";
import type { Actor } from "../lib/audit";
import { seedArticle } from "../lib/database/seed";
import { theListing } from "../lib/listing/the-listing";

/** The article's content plus an editor to act as, in the test file's own database. */
export async function seededDatabaseWithEditor(email = "editor@example.test"): Promise<Actor> {
  await seedArticle(db);
  const user = await db.user.upsert({ where: { email }, create: { email, name: "Test Editor", passwordHash: "not-used", role: "EDITOR" }, update: {} });
  return { id: user.id, email: user.email };
}

export async function publishedCityNames(): Promise<string[]> {
  const cities = await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { name: true } });
  return cities.map((city) => city.name);
}

export async function cityBySlug(slug: string) {
  return db.city.findUniqueOrThrow({ where: { slug } });
}

export async function rankingVersion(): Promise<number> {
  return (await db.listing.findUniqueOrThrow({ where: theListing })).rankingVersion;
}

/** Ranks as stored: must always be exactly 1..N. */
export async function storedRanks(): Promise<number[]> {
  const cities = await db.city.findMany({ where: { rank: { not: null } }, orderBy: { rank: "asc" }, select: { rank: true } });
  return cities.map((city) => city.rank!);
}
