"use server";

import { editorAction } from "@/lib/auth/actions";
import { createCity, deleteCityForever, moveCity, restoreCity, trashCity, updateCity } from "@/lib/cities/mutations";
import { cityRefSchema, cityStatusSchema, createCitySchema, moveCitySchema, trashedCitySchema, updateCitySchema } from "@/lib/cities/schema";
import type { Result } from "@/lib/result";
import { revalidatePublicSite } from "@/lib/revalidate";

// Every action: session and role checked, input parsed by the domain schema (editorAction), one
// mutation, then the public pages it may affect are revalidated.

async function revalidatedOnSuccess<T>(result: Promise<Result<T>>): Promise<Result<T>> {
  const outcome = await result;
  if (outcome.ok) revalidatePublicSite();
  return outcome;
}

export const createCityAction = editorAction(createCitySchema, (input, editor) => revalidatedOnSuccess(createCity(input, editor)));

export const updateCityAction = editorAction(updateCitySchema, (input, editor) => revalidatedOnSuccess(updateCity(input, editor)));

export const setCityStatusAction = editorAction(cityStatusSchema, ({ id, version, status }, editor) => revalidatedOnSuccess(updateCity({ id, version, status }, editor)));

export const moveCityAction = editorAction(moveCitySchema, (input, editor) => revalidatedOnSuccess(moveCity(input, editor)));

export const trashCityAction = editorAction(cityRefSchema, (input, editor) => revalidatedOnSuccess(trashCity(input, editor)));

export const restoreCityAction = editorAction(trashedCitySchema, (input, editor) => revalidatedOnSuccess(restoreCity(input, editor)));

export const deleteCityForeverAction = editorAction(trashedCitySchema, (input, editor) => revalidatedOnSuccess(deleteCityForever(input, editor)));
