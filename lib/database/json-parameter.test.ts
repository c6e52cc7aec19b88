import { describe, expect, it } from "vitest";
import { jsonParameter } from "./json-parameter";

describe("jsonParameter", () => {
  it("turns half an emoji (a string cut inside a surrogate pair) into �, which PostgreSQL's json accepts, and keeps whole ones", () => {
    const cut = "Seoul 😀".slice(0, 7);
    expect(JSON.stringify(cut)).toBe('"Seoul \\ud83d"');
    expect(JSON.parse(jsonParameter([{ summary: cut, name: "Seoul 😀", rank: 3 }]))).toEqual([{ summary: "Seoul \uFFFD", name: "Seoul 😀", rank: 3 }]);
  });
});
