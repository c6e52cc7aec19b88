import { z } from "zod";
import { fieldsObject } from "../content-schema";

const year = (what: string) =>
  z
    .number({ error: `Enter ${what}.` })
    .int({ error: "Enter a whole year." })
    .min(2000, { error: "Enter a year from 2000 on." })
    .max(2100, { error: "Enter a year before 2100." });

/**
 * Starting the next edition: the form names the edition it saw as current, so two editors cannot
 * start it twice (the second gets a 409 naming who was first).
 */
export const startNextEditionSchema = fieldsObject({ currentYear: year("the current edition's year"), nextYear: year("the year of the next edition") }).refine(
  (input) => input.nextYear > input.currentYear,
  {
    path: ["nextYear"],
    error: "The next edition's year comes after the current one's.",
  },
);
export type StartNextEditionInput = z.output<typeof startNextEditionSchema>;

/** Publishing the edition in preparation: the form names it, so a second click after it went out is refused. */
export const publishEditionSchema = fieldsObject({ year: year("the year of the edition to publish") });
export type PublishEditionInput = z.output<typeof publishEditionSchema>;
