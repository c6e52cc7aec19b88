import { describe, expect, it } from "vitest";
import { createCitySchema, patchCitySchema, slugify } from "./schema";

describe("slugs", () => {
  it("derives a URL-safe slug from any name", () => {
    expect(slugify("Kuala Lumpur")).toBe("kuala-lumpur");
    expect(slugify("  São Paulo!! ")).toBe("sao-paulo");
    expect(slugify("Hồ Chí Minh City")).toBe("ho-chi-minh-city");
    expect(slugify("北京")).toBe("");
  });
});

describe("the city form's schema (shared by the form and the server)", () => {
  const valid = {
    name: "Jakarta",
    slug: "jakarta",
    country: "Indonesia",
    summary: "A summary.",
    profile: "A profile.",
    focusAreas: "Transport, IoT, transport, ",
  };

  it("reads focus areas typed as one comma-separated line, lower-cased and without repeats", () => {
    expect(createCitySchema.parse(valid).focusAreas).toEqual(["transport", "iot"]);
    expect(createCitySchema.parse({ ...valid, focusAreas: ["AI"] }).focusAreas).toEqual(["ai"]);
  });

  it("reports every field's problem at once, in words for editors", () => {
    const result = createCitySchema.safeParse({ name: " ", slug: "Not a slug", country: "", summary: "x".repeat(601), profile: "   ", focusAreas: 7 });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toEqual({
      name: "Enter the city's name.",
      slug: "Use lowercase letters, digits and single hyphens, like kuala-lumpur.",
      country: "Enter the country.",
      summary: "Keep a summary for the list to 600 characters or fewer.",
      profile: "Enter the profile.",
      focusAreas: "List the focus areas, separated by commas.",
    });
  });

  it("takes any slug, the words of the editors' API included (it lives apart, under /api/editor)", () => {
    for (const slug of ["order", "page", "editor"]) expect(createCitySchema.safeParse({ ...valid, slug }).data?.slug).toBe(slug);
  });

  it("needs the version a change is based on, and a positive whole id", () => {
    const result = patchCitySchema.safeParse({ id: -1, summary: "x" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["id", "version"]);
  });
});
