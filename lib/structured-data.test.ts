import { describe, expect, it } from "vitest";
import { cityPlace, faqPage, jsonLdText, rankingItemList } from "./structured-data";

const url = (path: string) => new URL(path, "https://cities.example.com").toString();

describe("structured data", () => {
  it("describes the ranking as an ordered ItemList of city pages", () => {
    const list = rankingItemList(
      "Top 2 Smart Cities in Asia (2024)",
      [
        { slug: "singapore", name: "Singapore", rank: 1 },
        { slug: "hong-kong", name: "Hong Kong", rank: 2 },
      ],
      url,
      "/",
    );
    expect(list).toMatchObject({ "@type": "ItemList", name: "Top 2 Smart Cities in Asia (2024)", numberOfItems: 2, url: "https://cities.example.com/" });
    expect(list.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Singapore", url: "https://cities.example.com/cities/singapore" },
      { "@type": "ListItem", position: 2, name: "Hong Kong", url: "https://cities.example.com/cities/hong-kong" },
    ]);
  });

  it("describes a further page of the ranking with that page's cities and address only", () => {
    const list = rankingItemList("Ranks 101 to 101", [{ slug: "scale-city-101", name: "Scale City 101", rank: 101 }], url, "/ranking/2");
    expect(list).toMatchObject({ url: "https://cities.example.com/ranking/2", numberOfItems: 1 });
    expect(list.itemListElement).toEqual([
      { "@type": "ListItem", position: 101, name: "Scale City 101", url: "https://cities.example.com/cities/scale-city-101" },
    ]);
  });

  it("describes the FAQ with sanitised answers", () => {
    const page = faqPage([{ question: "Why?", answer: "Because **data**.<script>alert(1)</script>" }]);
    expect(page.mainEntity).toEqual([
      { "@type": "Question", name: "Why?", acceptedAnswer: { "@type": "Answer", text: "<p>Because <strong>data</strong>.</p>" } },
    ]);
  });

  it("describes a city page as a City in its country", () => {
    expect(cityPlace({ slug: "seoul", name: "Seoul", country: "South Korea", summary: "Seoul uses IoT." }, url)).toEqual({
      "@context": "https://schema.org",
      "@type": "City",
      name: "Seoul",
      description: "Seoul uses IoT.",
      url: "https://cities.example.com/cities/seoul",
      containedInPlace: { "@type": "Country", name: "South Korea" },
    });
  });

  it("writes JSON that cannot close its script element", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("<");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });

  it("writes characters above ASCII as escapes that read back the same", () => {
    const data = { name: "Asia’s cities — 東京 🏙", plain: "café" };
    const text = jsonLdText(data);
    expect(/[^\u0000-\u007f]/.test(text)).toBe(false);
    expect(text).toContain("caf\\u00e9");
    expect(JSON.parse(text)).toEqual(data);
  });
});
