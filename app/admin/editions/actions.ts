"use server";

import { editorAction } from "@/lib/auth/actions";
import { publishEdition, startNextEdition } from "@/lib/editions/mutations";
import { publishEditionSchema, startNextEditionSchema } from "@/lib/editions/schema";
import { revalidatingPublicSite } from "@/lib/revalidate";
import { schedulePublication } from "@/lib/scheduling/mutations";
import { scheduleSchema } from "@/lib/scheduling/schema";

// Admins only: an edition changes what every public address shows, and publishing one cannot be undone.
export const startNextEditionAction = editorAction(startNextEditionSchema, (input, admin) => revalidatingPublicSite(startNextEdition(input, admin)), {
  role: "ADMIN",
});

export const publishEditionAction = editorAction(publishEditionSchema, (input, admin) => revalidatingPublicSite(publishEdition(input, admin)), {
  role: "ADMIN",
});

/** Schedules the publication of the edition being prepared (its year is the schedule's id); the runner publishes it as this admin. */
export const scheduleEditionAction = editorAction(scheduleSchema, (input, admin) => schedulePublication("edition", input, admin), { role: "ADMIN" });
