import { describe, expect, it } from "vitest";
import { pageMetadata, plainPunctuation } from "./site-metadata";

describe("metadata of public pages", () => {
  it("makes typographic quotes, dashes and ellipses plain, and keeps every other character", () => {
    expect(plainPunctuation("Asia’s “smart” cities – and more…")).toBe(`Asia's "smart" cities - and more...`);
    expect(plainPunctuation("Zürich, São Paulo, 東京, Hồ Chí Minh")).toBe("Zürich, São Paulo, 東京, Hồ Chí Minh");
  });

  it("applies it to the title and description of the page and of its cards", () => {
    const metadata = pageMetadata({ title: "Seoul’s rank", description: "It’s first — again", path: "/cities/seoul", modifiedTime: new Date(0) });
    expect(JSON.stringify(metadata)).not.toMatch(/[’—]/);
    expect(metadata.description).toBe("It's first - again");
    expect(metadata.openGraph?.title).toBe("Seoul's rank");
  });
});
