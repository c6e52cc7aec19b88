"use server";

import { editorAction } from "@/lib/auth/actions";
import { createCity, deleteCityForever, moveCity, restoreCity, trashCity, updateCity } from "@/lib/cities/mutations";
import { cityRefSchema, cityStatusSchema, createCitySchema, moveCitySchema, trashedCitySchema, updateCitySchema } from "@/lib/cities/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";
import { schedulePublication } from "@/lib/scheduling/mutations";
import { scheduleSchema } from "@/lib/scheduling/schema";
import { restoreCityRevision } from "@/lib/revisions/restore";
import { restoreRevisionSchema } from "@/lib/revisions/schema";

// Every action: session and role checked, input parsed by the domain schema (editorAction), one
// mutation, then the public pages it may affect are revalidated.

export const createCityAction = editorAction(createCitySchema, (input, editor) => revalidatingPublicSite(createCity(input, editor)));

export const updateCityAction = editorAction(updateCitySchema, (input, editor) => revalidatingPublicSite(updateCity(input, editor)));

export const setCityStatusAction = editorAction(cityStatusSchema, ({ id, version, status }, editor) =>
  revalidatingPublicSite(updateCity({ id, version, status }, editor)),
);

export const moveCityAction = editorAction(moveCitySchema, (input, editor) => revalidatingPublicSite(moveCity(input, editor)));

export const trashCityAction = editorAction(cityRefSchema, (input, editor) => revalidatingPublicSite(trashCity(input, editor)));

export const restoreCityAction = editorAction(trashedCitySchema, (input, editor) => revalidatingPublicSite(restoreCity(input, editor)));

export const deleteCityForeverAction = editorAction(trashedCitySchema, (input, editor) => revalidatingPublicSite(deleteCityForever(input, editor)));

export const restoreCityRevisionAction = editorAction(restoreRevisionSchema, (input, editor) => revalidatingPublicSite(restoreCityRevision(input, editor)));

export const scheduleCityPublicationAction = editorAction(scheduleSchema, (input, editor) => schedulePublication("city", input, editor));
