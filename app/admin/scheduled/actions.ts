"use server";

import { editorAction } from "@/lib/auth/actions";
import { cancelSchedule } from "@/lib/scheduling/mutations";
import { cancelScheduleSchema } from "@/lib/scheduling/schema";

export const cancelScheduleAction = editorAction(cancelScheduleSchema, (input, editor) => cancelSchedule(input, editor));
