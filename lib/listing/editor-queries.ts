import "server-only";
import { db } from "../db";
import { theListing } from "./the-listing";

/** The page text with its version, for the page-text form. */
export function pageTextForEditing() {
  return db.listing.findUniqueOrThrow({
    where: theListing,
    select: {
      titleTemplate: true,
      year: true,
      intro: true,
      developmentHeading: true,
      development: true,
      faqHeading: true,
      conclusion: true,
      seoDescription: true,
      version: true,
      updatedAt: true,
      updatedBy: { select: { name: true, email: true } },
    },
  });
}
