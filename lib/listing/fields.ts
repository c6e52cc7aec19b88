import { selectOf, selectWithout } from "../content-fields";
import { pageTextSchema } from "./schema";

// Where the page text's fields (pageTextSchema) go: the public read, the form's read and the audit
// all take them from here, as lib/cities/fields.ts does for a city.

/** Every field of the page text an editor sets, with the version its form sends back. */
export const pageTextFields = selectOf(pageTextSchema);

/** The page text as readers get it: no version. */
export const publicPageTextFields = selectWithout(pageTextFields, ["version"]);
