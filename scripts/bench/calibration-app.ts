import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { deferCleanup } from "./cleanup";
import { buildNext, root } from "./next-app";

// The baseline for reading: an app of the same Next version, React and node_modules as ours (its
// node_modules is a link to ours) with static pages padded with text to the sizes of our responses,
// and an empty page for reference. Created in a temporary folder, built with the same `next build`.

export const EMPTY_PATH = "/";
export const DIST_DIR = ".next";

const LAYOUT = `export const metadata = { title: "Calibration" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const EMPTY_PAGE = `export default function Page() {
  return <main><h1>Hello</h1></main>;
}
`;

const WORDS = "smart city mobility sensors open data energy grid water transit housing citizens services platform ranking digital twin".split(" ");

function paragraphs(textBytes: number): string[] {
  const result: string[] = [];
  let total = 0;
  for (let index = 0; total < textBytes; index++) {
    const words = Array.from({ length: 60 }, (_, word) => WORDS[(index * 7 + word * 3) % WORDS.length]);
    const paragraph = `${index + 1}. ${words.join(" ")}.`;
    result.push(paragraph);
    total += paragraph.length;
  }
  return result;
}

/**
 * A static page at least `htmlBytes` long: its text appears twice in the HTML (the markup and
 * Next's inline RSC payload), so half the target in text, plus the shell, gets there; the caller
 * checks and asks again with more when it falls short.
 */
function paddedPage(textBytes: number): string {
  return `const paragraphs: string[] = ${JSON.stringify(paragraphs(textBytes))};

export default function Page() {
  return (
    <main>
      <h1>Calibration page</h1>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </main>
  );
}
`;
}

export type CalibrationApp = { folder: string; build: (paddedPages: Record<string, number>) => Promise<number> };

/** The temporary folder of the calibration app, removed at cleanup. */
export function createCalibrationApp(): CalibrationApp {
  const folder = mkdtempSync(path.join(os.tmpdir(), "bench-calibration-"));
  deferCleanup(() => rmSync(folder, { recursive: true, force: true }));
  const ours = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
  const dependencies = Object.fromEntries(["next", "react", "react-dom"].map((name) => [name, ours.dependencies[name]!]));
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name: "bench-calibration", private: true, dependencies }, null, 2));
  symlinkSync(path.join(root, "node_modules"), path.join(folder, "node_modules"), "dir");
  // Turbopack resolves only inside its root: the linked node_modules lives in our project.
  writeFileSync(
    path.join(folder, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(commonAncestor(folder, root))} }, outputFileTracingRoot: ${JSON.stringify(commonAncestor(folder, root))} };\n`,
  );
  writeFileSync(
    path.join(folder, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: {
          jsx: "react-jsx",
          strict: true,
          module: "esnext",
          moduleResolution: "bundler",
          skipLibCheck: true,
          noEmit: true,
          isolatedModules: true,
          esModuleInterop: true,
          lib: ["dom", "esnext"],
          target: "ES2022",
          plugins: [{ name: "next" }],
        },
        include: ["**/*.ts", "**/*.tsx"],
      },
      null,
      2,
    ),
  );
  mkdirSync(path.join(folder, "app"), { recursive: true });
  writeFileSync(path.join(folder, "app/layout.tsx"), LAYOUT);
  writeFileSync(path.join(folder, "app/page.tsx"), EMPTY_PAGE);
  return {
    folder,
    /** Writes one padded page per path (`/padded-home` → its text size in bytes) and builds the app. */
    build: (paddedPages) => {
      rmSync(path.join(folder, "app/padded"), { recursive: true, force: true });
      for (const [name, textBytes] of Object.entries(paddedPages)) {
        mkdirSync(path.join(folder, "app/padded", name), { recursive: true });
        writeFileSync(path.join(folder, "app/padded", name, "page.tsx"), paddedPage(textBytes));
      }
      return buildNext(folder, { NEXT_DIST_DIR: DIST_DIR });
    },
  };
}

function commonAncestor(a: string, b: string): string {
  const partsA = path.resolve(a).split(path.sep);
  const partsB = path.resolve(b).split(path.sep);
  let index = 0;
  while (index < partsA.length && partsA[index] === partsB[index]) index++;
  return partsA.slice(0, index).join(path.sep) || path.sep;
}
