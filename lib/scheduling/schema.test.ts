import { describe, expect, it } from "vitest";
import { scheduleSchema } from "./schema";

describe("a schedule's time", () => {
  const tomorrowAtNine = () => {
    const date = new Date(Date.now() + 86_400_000);
    date.setUTCHours(9, 0, 0, 0);
    return date;
  };

  it("reads the form's datetime-local as UTC, and takes its own output again (the form sends what it parsed)", () => {
    const at = tomorrowAtNine();
    const typed = `${at.toJSON().slice(0, 16)}`;
    const parsed = scheduleSchema.parse({ id: 7, publishAt: typed });
    expect(parsed.publishAt).toEqual(at);
    expect(scheduleSchema.parse(parsed).publishAt).toEqual(at);
  });

  it("takes a full ISO time with an offset from the API", () => {
    const at = tomorrowAtNine();
    const withOffset = `${at.toJSON().slice(0, 10)}T11:00:00+02:00`;
    expect(scheduleSchema.parse({ id: 7, publishAt: withOffset }).publishAt).toEqual(at);
  });
});
