import type { NextConfig } from "next";
import { describe, expect, it } from "vitest";

// Imported by address: next.config.js is JavaScript (typed by its JSDoc), which tsc does not read here.
const { default: nextConfig } = (await import(new URL("../next.config.js", import.meta.url).href)) as { default: NextConfig };

describe("next.config.js", () => {
  // `npm run dev` is the README's first command, and its terminal is often shared or kept
  // (screen recordings, CI logs): Next's development server would print each server action's
  // arguments there, passwords included (seen with Next 16.5: changeOwnPasswordAction({"currentPassword":…})).
  it("keeps server actions' arguments, passwords among them, out of the development server's terminal", () => {
    expect(nextConfig.logging).toMatchObject({ serverFunctions: false });
  });
});
