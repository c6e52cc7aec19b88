import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  {
    ignores: ["lib/generated/**", ".next/**", ".next-test/**", ".next-*/**", ".data/**", "tmp/**", "next-env.d.ts", "test-results/**", "playwright-report/**"],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // `const { secret, ...safe } = value` drops a field on purpose.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
    },
  },
  // Last: turns off the style rules that Prettier owns (`npm run format`; `npm run lint` checks it).
  prettier,
];

export default config;
