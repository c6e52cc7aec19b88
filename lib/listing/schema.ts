import { z } from "zod";
import { fieldsObject, line, markdown, versionSchema } from "../content-schema";

export const pageTextSchema = fieldsObject({
  titleTemplate: line("a title", 200).refine((title) => title.includes("{count}"), {
    error: "Keep {count} in the title: it becomes the number of published cities, so the title never disagrees with the list.",
  }),
  year: z
    .number({ error: "Enter the year of the ranking." })
    .int({ error: "Enter a whole year." })
    .min(2000, { error: "Enter a year from 2000 on." })
    .max(2100, { error: "Enter a year before 2100." }),
  intro: markdown("an introduction"),
  developmentHeading: line("a heading for the development section", 200),
  development: markdown("the development section"),
  faqHeading: line("a heading for the FAQ", 200),
  conclusion: markdown("a conclusion"),
  seoDescription: line("a description for search engines", 300),
  version: versionSchema,
});
export type PageTextInput = z.output<typeof pageTextSchema>;

/** The page text without the version its form sends back: what a revision keeps. */
export const pageTextContentSchema = pageTextSchema.omit({ version: true });
