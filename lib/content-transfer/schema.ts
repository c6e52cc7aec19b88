import { z } from "zod";
import { fieldsObject, isStorableText } from "../content-schema";

/** The largest file the dashboard takes in one upload (next.config.js lets server actions receive it). */
export const MAX_UPLOAD_CHARACTERS = 30_000_000;

const uploadedText = (what: string) =>
  z
    .string({ error: `Choose ${what} to upload.` })
    .min(1, { error: `The ${what} is empty.` })
    .max(MAX_UPLOAD_CHARACTERS, { error: `The ${what} is larger than 30 MB; use npm run content:import on the server for a file this size.` })
    .refine(isStorableText, { error: `The ${what} holds invisible control characters or broken symbols; save it again as UTF-8 text.` });

/**
 * What the preview showed, as a fingerprint (the file, the ranking's version and every affected
 * record's version): applying is refused with 409 when anything changed since, so nobody's edit made
 * after the preview is silently overwritten.
 */
const previewToken = z
  .string({ error: "Check the changes first." })
  .regex(/^[0-9a-f]{64}$/, { error: "Check the changes again: this preview is not one the server made." });

/** A ranking from a spreadsheet: previewed without `confirm`, applied with the preview's token. */
export const rankingCsvImportSchema = fieldsObject({ file: uploadedText("CSV file"), confirm: previewToken.optional() });
export type RankingCsvImportInput = z.output<typeof rankingCsvImportSchema>;

/** A content file merged in as the draft of the next edition: previewed, then applied with the preview's token. */
export const contentMergeSchema = fieldsObject({ file: uploadedText("content file"), confirm: previewToken.optional() });
export type ContentMergeInput = z.output<typeof contentMergeSchema>;
