import { z } from "zod";
import { fieldsObject, idSchema } from "../content-schema";

/** How far ahead a publication can be scheduled. */
export const LONGEST_SCHEDULE_DAYS = 5 * 366;

/**
 * "2026-12-24T09:00" (the form's datetime-local, read as UTC like every time in the dashboard) or a
 * full ISO time from the API. It must lie ahead, and within five years.
 */
export const publishAtSchema = z.preprocess(
  // The form sends what it parsed (a Date); the server parses it again.
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
  z
    .string({ error: "Choose the date and time to publish at." })
    .trim()
    .min(1, { error: "Choose the date and time to publish at." })
    .transform((text, context) => {
      const date = new Date(/(Z|[+-]\d\d:\d\d)$/.test(text) ? text : `${text}Z`);
      if (Number.isNaN(date.getTime())) {
        context.addIssue({ code: "custom", message: "Enter a date and time like 2026-12-24 09:00." });
        return z.NEVER;
      }
      return date;
    })
    .refine((date) => date.getTime() > Date.now(), { error: "Choose a time in the future: to publish now, use Publish." })
    .refine((date) => date.getTime() < Date.now() + LONGEST_SCHEDULE_DAYS * 86_400_000, { error: "Choose a time within the next five years." }),
);

export const scheduleSchema = fieldsObject({ id: idSchema, publishAt: publishAtSchema });
export type ScheduleInput = z.output<typeof scheduleSchema>;

export const cancelScheduleSchema = fieldsObject({ scheduleId: idSchema });
