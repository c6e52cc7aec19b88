import { z } from "zod";
import { fieldsObject, isStorableText } from "../content-schema";

/** The largest file the Import page takes, in bytes (the form checks the file's size before sending it). */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
/** The import routes' request: the file as a JSON string, which escaping (quotes, line breaks) can make up to twice as long. */
export const MAX_IMPORT_REQUEST_BYTES = 2 * MAX_UPLOAD_BYTES + 4096;

const uploadedText = (what: string) =>
  z
    .string({ error: `Choose ${what} to upload.` })
    .min(1, { error: `The ${what} is empty.` })
    .max(MAX_UPLOAD_BYTES, { error: `The ${what} is larger than 32 MB, the most the Import page takes.` })
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
