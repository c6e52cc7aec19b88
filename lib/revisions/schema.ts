import { z } from "zod";
import { fieldsObject, idSchema, routeIdSchema, versionSchema } from "../content-schema";

const revisionNumberSchema = z
  .number({ error: "Say which revision to restore." })
  .int({ error: "Revision numbers are whole numbers." })
  .positive({ error: "Revision numbers start at 1." })
  .max(2_147_483_647, { error: "No revision has a number that large." });

/** Restore revision `number` of record `id`, which the editor saw at `version` (a 409 if it changed since). */
export const restoreRevisionSchema = fieldsObject({ id: idSchema, number: revisionNumberSchema, version: versionSchema });
export type RestoreRevisionInput = z.output<typeof restoreRevisionSchema>;

/** The page text has no id: there is one. */
export const restorePageTextRevisionSchema = restoreRevisionSchema.omit({ id: true });

/** POST /api/editor/…/[id]/revisions/[number]/restore: the id and number come from the address. */
export const restoreRevisionRouteSchema = restoreRevisionSchema.extend({
  id: routeIdSchema,
  number: z.coerce.number({ error: "The revision in the address must be a number." }).pipe(revisionNumberSchema),
});
