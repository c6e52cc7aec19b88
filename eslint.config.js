import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

// The shared UI pieces stay shared (issue 15): each rule names the primitive to use instead.
const useButton = { element: "button", message: "Use <Button> (or <DragHandle>) from components/ui: one look, and the pending behaviour." };
const usePageHeader = { element: "header", message: "Use <PageHeader> from components/ui/page-header.tsx for a dashboard page's header." };
const dateFormatting = [
  {
    selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
    message: "Format dates with lib/format-date.ts: one formatter per format, built once.",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)String$/]",
    message: "Format dates with lib/format-date.ts (toLocale…String builds a formatter per call, in the server's zone).",
  },
  {
    selector: "CallExpression[callee.property.name='slice'][callee.object.callee.property.name='toISOString']",
    message: "Format dates with lib/format-date.ts (formatTimestamp).",
  },
];
// In React code any toLocaleString is most likely a date's; lib/ uses it for numbers ("10,000").
const localeStringFormatting = {
  selector: "CallExpression[callee.property.name='toLocaleString']",
  message: "Format dates with lib/format-date.ts; numbers with an explicit locale in lib/.",
};

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
  {
    // Not the public site: it has its own look, and importing the dashboard's Button would put the
    // dashboard's button styles into the public pages' stylesheets.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/ui/**", "app/(site)/**", "components/site/**"],
    rules: { "react/forbid-elements": ["error", { forbid: [useButton] }] },
  },
  {
    // The dashboard's own components; its banner (admin-header.tsx) is the one header that is not a page's.
    files: ["app/admin/**/*.tsx", "components/admin/**/*.tsx"],
    ignores: ["components/admin/admin-header.tsx"],
    rules: { "react/forbid-elements": ["error", { forbid: [useButton, usePageHeader] }] },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", ...dateFormatting, localeStringFormatting] },
  },
  {
    files: ["lib/**/*.ts", "scripts/**/*.ts"],
    ignores: ["lib/format-date.ts"],
    rules: { "no-restricted-syntax": ["error", ...dateFormatting] },
  },
  {
    // The dashboard's styles are CSS Modules beside their components; the one global sheet is app/admin/base.css.
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/components/admin/**/*.css", "!**/*.module.css"],
              message: "Styles under components/admin are CSS Modules (*.module.css), imported by the component they style.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/admin/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/*.css", "*.css", "!**/*.module.css", "!*.module.css"],
              message: "A dashboard component's styles are a CSS Module beside it (*.module.css).",
            },
          ],
        },
      ],
    },
  },
  // Last: turns off the style rules that Prettier owns (`npm run format`; `npm run lint` checks it).
  prettier,
];

export default config;
