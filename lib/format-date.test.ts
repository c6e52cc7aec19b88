import { describe, expect, it } from "vitest";
import { formatDateTime, formatFileDate, formatLongDate, formatTimestamp } from "./format-date";

describe("dates as readers and editors see them, in UTC", () => {
  // 23:30 UTC is already the next day east of UTC: the output must not follow the server's zone.
  const late = new Date("2025-03-12T23:30:45.123Z");

  it("writes the dashboard's date and time", () => {
    expect(formatDateTime(late)).toBe("12 Mar 2025, 23:30 UTC");
    expect(formatDateTime(late.toISOString())).toBe("12 Mar 2025, 23:30 UTC");
  });

  it("writes a timestamp to the minute, or to the second", () => {
    expect(formatTimestamp(late)).toBe("2025-03-12 23:30 UTC");
    expect(formatTimestamp(late.toISOString())).toBe("2025-03-12 23:30 UTC");
    expect(formatTimestamp(late, { seconds: true })).toBe("2025-03-12 23:30:45 UTC");
  });

  it("writes the public site's long date", () => {
    expect(formatLongDate(late)).toBe("12 March 2025");
  });

  it("writes a download's date in UTC", () => {
    expect(formatFileDate(late)).toBe("2025-03-12");
  });
});
