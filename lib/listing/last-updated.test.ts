import { expect, it } from "vitest";
import { lastUpdated } from "./last-updated";

it("is the latest change among the page text, the cities and the FAQ entries", () => {
  const rows = [
    { updatedAt: new Date("2024-05-01T10:00:00Z") },
    { updatedAt: new Date("2025-01-02T08:30:00Z") },
    { updatedAt: new Date("2024-12-31T23:59:59Z") },
  ];
  expect(lastUpdated(rows)).toEqual(new Date("2025-01-02T08:30:00Z"));
});
