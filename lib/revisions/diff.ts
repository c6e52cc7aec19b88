import { diffWords } from "diff";
import type { RevisionFields } from "./record";

export type DiffPart = { text: string; change: "added" | "removed" | "same" };
export type FieldDiff = { field: string; label: string; changed: boolean; parts: DiffPart[] };

// Names editors read instead of the stored keys; any other key reads as words ("focusAreas" → "Focus areas").
const LABELS: Record<string, string> = { slug: "Address (slug)", seoDescription: "SEO description" };

export function fieldLabel(field: string): string {
  const words = field.replace(/[A-Z]/g, (capital) => ` ${capital.toLowerCase()}`);
  return LABELS[field] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** A stored value as the text a comparison reads: lists as one comma-separated line. */
function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map(String).join(", ");
  return String(value);
}

/**
 * Every field of two revisions, word by word: what the newer one removed and added, in the order of
 * `fieldOrder` (the form's), then any others. A field only one of them has (added later) compares with nothing.
 */
export function diffRevisions(from: RevisionFields, to: RevisionFields, fieldOrder: readonly string[] = []): FieldDiff[] {
  const fields = [...new Set([...fieldOrder, ...Object.keys(to), ...Object.keys(from)])];
  return fields.map((field) => {
    const before = textOf(from[field]);
    const after = textOf(to[field]);
    const parts: DiffPart[] =
      before === after
        ? [{ text: after, change: "same" }]
        : diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
    return { field, label: fieldLabel(field), changed: before !== after, parts };
  });
}
