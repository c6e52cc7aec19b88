import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "../db";
import type { Actor } from "../audit";
import { fieldNamesOf } from "../content-fields";
import { seededDatabaseWithEditor } from "../../test/content-fixtures";
import { citiesWithDraftsForApi, cityForEditing } from "./editor-queries";
import { CITY_FIELDS_ONLY_ON_ITS_PAGE, cityFormValues, newCityFormValues } from "./fields";
import { createCity, updateCity } from "./mutations";
import { publishedCity, publishedRankingAnswer } from "./queries";
import { cityFieldsSchema, createCitySchema, updateCitySchema } from "./schema";

// Every field an editor can set on a city (cityFieldsSchema) must reach the form, the editors' and
// readers' answers and the audit. A field added to the schema fails here until it does
// (docs/adding-a-field.md).

const fields = fieldNamesOf(cityFieldsSchema);
const listedFields = fields.filter((field) => !(CITY_FIELDS_ONLY_ON_ITS_PAGE as readonly string[]).includes(field));

/** A value for every field, as the form sends it. */
const typed = {
  name: "Fieldton",
  slug: "fieldton",
  country: "Testland",
  summary: "A city with every field set.",
  profile: "Every **field** set.",
  focusAreas: "transport, energy",
} satisfies z.input<typeof cityFieldsSchema>;
/** Another value for every field, for an edit that changes them all. */
const retyped = {
  name: "Fieldville",
  slug: "fieldville",
  country: "Otherland",
  summary: "Every field changed.",
  profile: "Every field *changed*.",
  focusAreas: "water",
} satisfies z.input<typeof cityFieldsSchema>;

const only = (record: Record<string, unknown>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, record[name]]));
/** What the database holds and the answers carry (dates and lists as JSON has them). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

let editor: Actor;
let cityId: number;
let stored: Record<string, unknown>;

beforeAll(async () => {
  editor = await seededDatabaseWithEditor();
  const input = createCitySchema.parse({ ...typed, status: "PUBLISHED" });
  const created = await createCity(input, editor);
  if (!created.ok) throw new Error(created.message);
  cityId = created.value.id;
  stored = only(input, fields);
});

describe("every field of a city reaches every place an editor or reader sees it", () => {
  it("the test's values name every field of the schema", () => {
    expect(Object.keys(typed).sort()).toEqual([...fields].sort());
    expect(Object.keys(retyped).sort()).toEqual([...fields].sort());
  });

  it("the new-city form starts with every field, and the edit form with every stored value", async () => {
    expect(Object.keys(newCityFormValues())).toEqual(expect.arrayContaining(fields));
    const city = await cityForEditing(cityId);
    // Saving the edit form untouched keeps every field as it is.
    expect(only(updateCitySchema.parse(cityFormValues(city!)), fields)).toEqual(stored);
  });

  it("readers get every field on the city's page and in GET /api/cities/<slug>, and the listed ones in the ranking", async () => {
    expect(only((await publishedCity(typed.slug))!, fields)).toEqual(stored);
    const ranking = await publishedRankingAnswer(1);
    expect(
      only(
        ranking!.cities.find((city) => city.id === cityId)!,
        listedFields,
      ),
    ).toEqual(only(stored, listedFields));
  });

  it("editors get the listed fields in GET /api/editor/cities", async () => {
    const { cities } = await citiesWithDraftsForApi();
    expect(
      only(
        cities.find((city) => city.id === cityId)!,
        listedFields,
      ),
    ).toEqual(only(stored, listedFields));
  });

  it("the activity log holds every field before and after an edit, and names each one changed", async () => {
    const city = (await cityForEditing(cityId))!;
    const input = updateCitySchema.parse({ ...retyped, id: cityId, version: city.version });
    const updated = await updateCity(input, editor);
    expect(updated.ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: "city", entityId: String(cityId), action: "city.update" } });
    expect(only(event.before as Record<string, unknown>, fields)).toEqual(asJson(stored));
    expect(only(event.after as Record<string, unknown>, fields)).toEqual(asJson(only(input, fields)));
    for (const field of fields) expect(event.summary).toContain(field);
  });

  it("revisions keep every field, so restoring one brings every field back", async () => {
    const revisions = await db.revision.findMany({ where: { entityType: "city", entityId: cityId }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.fields)).toEqual([
      asJson(stored),
      asJson(only(updateCitySchema.parse({ ...retyped, id: 1, version: 1 }), fields)),
    ]);
  });
});
