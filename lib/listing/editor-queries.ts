import "server-only";
import { db } from "../db";
import { pageTextFields } from "./fields";
import { theListing } from "./the-listing";

/** The page text with its version, for the page-text form. */
export function pageTextForEditing() {
  return db.listing.findUniqueOrThrow({
    where: theListing,
    select: { ...pageTextFields, updatedAt: true, updatedBy: { select: { name: true, email: true } } },
  });
}
