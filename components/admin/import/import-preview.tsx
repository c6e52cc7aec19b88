import type { ReactNode } from "react";
import { Table, TableScroller } from "@/components/ui/table";
import type { ContentMergeAnswer } from "@/lib/content-transfer/merge-content";
import type { Listed } from "@/lib/content-transfer/preview-list";
import type { RankingImportAnswer } from "@/lib/content-transfer/ranking-import";
import styles from "./import-preview.module.css";

export type ImportAnswer = RankingImportAnswer & Partial<Pick<ContentMergeAnswer, "faq" | "pageText">>;

/** Whether applying the preview would change anything at all. */
export function changesAnything({ cities, faq, pageText }: ImportAnswer): boolean {
  const cityChanges = cities.moved.count + cities.added.count + cities.dropped.count + cities.edited.count;
  const faqChanges = faq ? faq.moved + faq.added.count + faq.dropped.count + faq.edited.count : 0;
  return cityChanges + faqChanges + (pageText?.length ?? 0) > 0;
}

/** What an import will change, before it is applied: where it lands, then what moves, arrives, leaves and is edited. */
export function ImportPreview({ answer }: { answer: ImportAnswer }) {
  const { target, cities, faq, pageText } = answer;
  return (
    <div className={styles.preview}>
      <p>
        <strong>{whereItLands(target)}</strong>
      </p>
      <p>
        The ranking will hold {cities.cities} {cities.cities === 1 ? "city" : "cities"}: {cities.moved.count} moved, {cities.added.count} new,{" "}
        {cities.dropped.count} dropped, {cities.edited.count} edited, {cities.unchanged} unchanged.
      </p>
      <ListedTable
        caption="New in the ranking"
        list={cities.added}
        columns={["Rank", "City", "Address", "What it is"]}
        row={(city) => [
          city.rank,
          city.name,
          city.slug,
          city.isNewCity ? "A new city (its profile starts as its summary)" : "An existing draft, published by the import",
        ]}
      />
      <ListedTable caption="Moved" list={cities.moved} columns={["City", "From", "To"]} row={(city) => [city.name, city.from, city.to]} />
      <ListedTable
        caption="Dropped: they become drafts, kept with everything they hold"
        list={cities.dropped}
        columns={["City", "Address", "Was rank"]}
        row={(city) => [city.name, city.slug, city.rank]}
      />
      <ListedTable caption="Edited" list={cities.edited} columns={["City", "Changed fields"]} row={(city) => [city.name, city.fields.join(", ")]} />
      {faq ? (
        <>
          <p>
            The FAQ will hold {faq.entries} {faq.entries === 1 ? "question" : "questions"}: {faq.moved} moved, {faq.added.count} new, {faq.dropped.count}{" "}
            dropped, {faq.edited.count} answers edited.
          </p>
          <ListedTable caption="New questions" list={faq.added} columns={["Position", "Question"]} row={(entry) => [entry.position, entry.question]} />
          <ListedTable
            caption="Dropped questions: they become drafts"
            list={faq.dropped}
            columns={["Was position", "Question"]}
            row={(entry) => [entry.position, entry.question]}
          />
          <ListedTable caption="Edited answers" list={faq.edited} columns={["Question"]} row={(entry) => [entry.question]} />
        </>
      ) : null}
      {pageText ? <p>The page text {pageText.length ? `changes: ${pageText.join(", ")}.` : "stays as it is."}</p> : null}
    </div>
  );
}

function whereItLands({ workingYear, readersSee, startsEdition }: ImportAnswer["target"]): string {
  if (startsEdition)
    return `Applying starts the ${workingYear} edition with this content. Readers keep seeing ${readersSee} until you publish ${workingYear} on the Editions page.`;
  if (readersSee !== null) return `This changes the ${workingYear} edition being prepared. Readers keep seeing ${readersSee} until it is published.`;
  return `Readers see these changes as soon as you apply them: no edition is being prepared, so this is the ranking they are shown.`;
}

function ListedTable<T>({ caption, list, columns, row }: { caption: string; list: Listed<T>; columns: string[]; row: (item: T) => ReactNode[] }) {
  if (list.count === 0) return null;
  const more = list.count - list.items.length;
  return (
    <TableScroller role="region" aria-label={caption} tabIndex={0}>
      <Table>
        <caption>
          {caption} ({list.count})
        </caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.items.map((item, index) => (
            <tr key={index}>
              {row(item).map((cell, column) => (
                <td key={column}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {more > 0 ? (
          <tfoot>
            <tr>
              <td colSpan={columns.length}>…and {more} more.</td>
            </tr>
          </tfoot>
        ) : null}
      </Table>
    </TableScroller>
  );
}
