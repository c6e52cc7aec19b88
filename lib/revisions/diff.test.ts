import { describe, expect, it } from "vitest";
import { diffRevisions, fieldLabel } from "./diff";

describe("comparing two revisions", () => {
  it("marks the words the newer revision removed and added, keeping the rest", () => {
    const [summary] = diffRevisions({ summary: "Seoul leads on smart mobility." }, { summary: "Seoul leads Asia on mobility, again." });
    expect(summary!.changed).toBe(true);
    expect(summary!.parts.filter((part) => part.change === "removed").map((part) => part.text.trim())).toEqual(["smart"]);
    expect(summary!.parts.filter((part) => part.change === "added").map((part) => part.text.trim())).toEqual(["Asia", ", again"]);
    // Read in order, the parts without the removed ones are the newer text, and without the added ones the older.
    expect(
      summary!.parts
        .filter((part) => part.change !== "removed")
        .map((part) => part.text)
        .join(""),
    ).toBe("Seoul leads Asia on mobility, again.");
    expect(
      summary!.parts
        .filter((part) => part.change !== "added")
        .map((part) => part.text)
        .join(""),
    ).toBe("Seoul leads on smart mobility.");
  });

  it("keeps Markdown's line breaks inside the compared text", () => {
    const [profile] = diffRevisions({ profile: "## Transport\n\nBuses run." }, { profile: "## Transport\n\nTrams run.\n\n- new line" });
    expect(profile!.parts.map((part) => part.text).join("")).toContain("\n\n");
    expect(profile!.parts.find((part) => part.change === "added" && part.text.includes("Trams"))).toBeDefined();
  });

  it("lists unchanged fields as unchanged, in the form's order, and compares lists as lines", () => {
    const diffs = diffRevisions({ name: "Seoul", focusAreas: ["mobility", "energy"] }, { focusAreas: ["mobility", "water"], name: "Seoul" }, [
      "name",
      "focusAreas",
    ]);
    expect(diffs.map((diff) => [diff.label, diff.changed])).toEqual([
      ["Name", false],
      ["Focus areas", true],
    ]);
    expect(diffs[1]!.parts.filter((part) => part.change === "added").map((part) => part.text)).toEqual(["water"]);
  });

  it("compares a field only one revision has with nothing", () => {
    const [website] = diffRevisions({}, { website: "https://example.org" });
    expect(website).toMatchObject({ label: "Website", changed: true, parts: [{ text: "https://example.org", change: "added" }] });
  });

  it("names fields as an editor reads them", () => {
    expect(["seoDescription", "titleTemplate", "slug"].map(fieldLabel)).toEqual(["SEO description", "Title template", "Address (slug)"]);
  });
});
