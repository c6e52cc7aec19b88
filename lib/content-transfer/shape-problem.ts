import type { z } from "zod";

/**
 * What a content file's checker says where the format's schema has no message of its own (the file's
 * structure: an object, a list, a field that is missing). Zod's wording ("Invalid input: expected
 * object, received array") means little to an editor reading the Import page.
 */
export function shapeProblem(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? `This is missing: the format needs ${kind(issue.expected)} here.`
        : `The format needs ${kind(issue.expected)} here, not ${kindOf(issue.input)}.`;
    case "unrecognized_keys":
      return `The format has no field ${issue.keys.map((key) => `“${key}”`).join(", ")} here.`;
    case "invalid_value":
      return `Use one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}.`;
    case "too_small":
      return `This is below the smallest the format allows (${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}).`;
    case "too_big":
      return `This is above the largest the format allows (${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""}).`;
    default:
      return "This value does not fit the format here.";
  }
}

function kind(expected: string): string {
  const names: Record<string, string> = {
    object: "an object",
    array: "a list",
    string: "a text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    null: "null",
  };
  return names[expected] ?? `a value of type ${expected}`;
}

function kindOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "a list";
  return kind(typeof input === "bigint" ? "number" : typeof input);
}
