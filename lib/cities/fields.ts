import { emptyFormValuesOf, formValuesOf, selectOf, selectWithout } from "../content-fields";
import type { CityForEditing } from "./editor-queries";
import { cityFieldsSchema } from "./schema";

// Where a city's editable fields (cityFieldsSchema) go: the public and editor reads, the audit and
// the forms all take them from here. Checked by lib/cities/fields.int.test.ts.

/** Every field an editor sets on a city, as a Prisma select. */
export const cityEditableFields = selectOf(cityFieldsSchema);

/** Fields only a city's own page and answer carry: lists (the ranking, GET /api/cities) leave the long Markdown out. */
export const CITY_FIELDS_ONLY_ON_ITS_PAGE = ["profile"] as const;

/** The editable fields every list of cities carries. */
export const cityListFields = selectWithout(cityEditableFields, CITY_FIELDS_ONLY_ON_ITS_PAGE);

/**
 * A city in a list answer (the ranking, GET /api/cities, GET /api/editor/cities). The first keys fix
 * the documented order of the JSON; a new field joins through cityListFields.
 */
export const cityListAnswerFields = {
  id: true,
  slug: true,
  name: true,
  country: true,
  rank: true,
  ...selectWithout(cityListFields, ["slug", "name", "country"]),
  updatedAt: true,
} as const;

/** The new-city form's starting values: every field empty, a draft. */
export function newCityFormValues() {
  return { ...emptyFormValuesOf(cityFieldsSchema), status: "DRAFT" as const };
}

/** The edit form's starting values, from the city as stored. */
export function cityFormValues(city: CityForEditing) {
  return { id: city.id, version: city.version, plannedRank: city.plannedRank, ...formValuesOf(cityFieldsSchema, city) };
}
