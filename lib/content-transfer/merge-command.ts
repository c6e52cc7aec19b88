import { db } from "../db";
import type { Failure } from "../result";
import type { Listed } from "./preview-list";
import { mergeContentFile, type ContentMergeAnswer } from "./merge-content";

/**
 * `npm run content:import -- --merge --as EMAIL FILE`: the dashboard's "Merge a content file" for
 * the command line, acting as that admin (the audit names them). Prints what changes, then applies it
 * unless `dryRun`. Answers the lines to print and whether it worked.
 */
export async function mergeFromCommandLine(text: string, email: string, { dryRun }: { dryRun: boolean }): Promise<{ ok: boolean; lines: string[] }> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true, email: true, role: true, isDisabled: true } });
  if (!user || user.isDisabled || user.role !== "ADMIN") {
    return { ok: false, lines: [`${email} is not an active admin of this site: merging starts an edition, which only admins do. Nothing was changed.`] };
  }
  const actor = { id: user.id, email: user.email };
  const preview = await mergeContentFile({ file: text }, actor);
  if (!preview.ok) return { ok: false, lines: linesOf(preview) };
  const lines = describeMerge(preview.value);
  if (dryRun) return { ok: true, lines: [...lines, "Dry run: nothing was changed."] };
  const applied = await mergeContentFile({ file: text, confirm: preview.value.confirm }, actor);
  if (!applied.ok) return { ok: false, lines: linesOf(applied) };
  return { ok: true, lines: [...lines, `Merged into the ${applied.value.target.workingYear} edition. Readers see it once it is published (Editions).`] };
}

/** A refusal as lines: its message, then each problem indented. */
function linesOf(failure: Failure): string[] {
  return [failure.message, ...(failure.fieldErrors?.file ?? []).map((problem) => `  ${problem}`)];
}

/** The preview as lines of text. */
export function describeMerge({ target, cities, faq, pageText }: ContentMergeAnswer): string[] {
  const edition = target.startsEdition
    ? `Starts the ${target.workingYear} edition; readers keep seeing ${target.readersSee} until it is published.`
    : `Changes the ${target.workingYear} edition being prepared; readers see ${target.readersSee}.`;
  return [
    edition,
    `Ranking: ${cities.cities} cities. ${cities.moved.count} moved, ${cities.added.count} new, ${cities.dropped.count} dropped, ${cities.edited.count} edited, ${cities.unchanged} unchanged.`,
    ...names("  New", cities.added, (city) => `${city.name} (${city.rank})`),
    ...names("  Dropped", cities.dropped, (city) => `${city.name} (was ${city.rank})`),
    `FAQ: ${faq.entries} questions. ${faq.moved} moved, ${faq.added.count} new, ${faq.dropped.count} dropped, ${faq.edited.count} answers edited.`,
    `Page text: ${pageText.length ? `changes ${pageText.join(", ")}` : "unchanged"}.`,
  ];
}

function names<T>(label: string, list: Listed<T>, name: (item: T) => string): string[] {
  if (list.count === 0) return [];
  const more = list.count > list.items.length ? `, and ${list.count - list.items.length} more` : "";
  return [`${label}: ${list.items.map(name).join(", ")}${more}.`];
}
