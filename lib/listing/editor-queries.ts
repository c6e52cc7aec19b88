import "server-only";
import { db } from "../db";

/** The page text with its version, for the page-text form. */
export function pageTextForEditing() {
  return db.listing.findUniqueOrThrow({
    where: { id: 1 },
    select: { titleTemplate: true, year: true, intro: true, developmentHeading: true, development: true, faqHeading: true, conclusion: true, seoDescription: true, version: true, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
}

/** How many cities are published now, for the title's live preview. */
export function publishedCityCount() {
  return db.city.count({ where: { rank: { not: null } } });
}
