import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { withUntouchedTsconfig } from "./untouched-tsconfig";

const original = `{
  "compilerOptions": { "strict": true },
  "include": ["**/*.ts", ".next-test/types/**/*.ts"]
}
`;

let folder = "";
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function project() {
  folder = mkdtempSync(path.join(tmpdir(), "tsconfig-"));
  const file = path.join(folder, "tsconfig.json");
  writeFileSync(file, original);
  return { file, read: () => readFileSync(file, "utf8") };
}

describe("a build leaves tsconfig.json as it found it", () => {
  it("takes back the type folders Next adds for a new dist folder, and Next's layout", async () => {
    const { file, read } = project();
    const nextsVersion = {
      compilerOptions: { strict: true },
      include: ["**/*.ts", ".next-test/types/**/*.ts", ".next-bench/types/**/*.ts", ".next-bench/dev/types/**/*.ts"],
    };
    expect(await withUntouchedTsconfig(folder, async () => (writeFileSync(file, JSON.stringify(nextsVersion, null, 2)), "built"))).toBe("built");
    expect(read()).toBe(original);
  });

  it("keeps any other change made meanwhile", async () => {
    const { file, read } = project();
    const edited = original.replace('"strict": true', '"strict": false');
    await withUntouchedTsconfig(folder, async () => writeFileSync(file, edited));
    expect(read()).toBe(edited);
  });

  it("also when the build fails", async () => {
    const { file, read } = project();
    await expect(
      withUntouchedTsconfig(
        folder,
        async () => (writeFileSync(file, original.replace('".next-test', '".next-x/types/**/*.ts", ".next-test')), Promise.reject(new Error("build failed"))),
      ),
    ).rejects.toThrow("build failed");
    expect(read()).toBe(original);
  });
});
