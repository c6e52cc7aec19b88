import type { Prisma } from "../generated/prisma/client";
import { formatTimestamp } from "../format-date";
import { fail, type Failure } from "../result";
import type { OrderedListName } from "./ordered-list";

type Tx = Prisma.TransactionClient;

const LIST_NOUN: Record<OrderedListName, string> = { cities: "ranking", faq: "FAQ order" };

/** The list changed since the client read it: say who changed it last, and the version to reload. */
export async function staleListFailure(tx: Tx, list: OrderedListName, currentVersion: number): Promise<Failure> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType: { in: list === "cities" ? ["ranking", "city"] : ["faq"] } },
    orderBy: { id: "desc" },
    select: { userEmail: true, summary: true, at: true },
  });
  const detail = last ? ` Last change: “${last.summary}” by ${last.userEmail}.` : "";
  return fail("stale", `Someone else changed the ${LIST_NOUN[list]} while you were working on it.${detail} The list has been reloaded; make your move again.`, {
    currentVersion,
  });
}

/** The record changed (or vanished) since the editor opened it. */
export async function staleRecordFailure(tx: Tx, kind: "city" | "faq", id: number, basedOn: number): Promise<Failure> {
  const current =
    kind === "city"
      ? await tx.city.findUnique({ where: { id }, select: { version: true, deletedAt: true, updatedAt: true, updatedBy: { select: { email: true } } } })
      : await tx.faqEntry.findUnique({ where: { id }, select: { version: true, deletedAt: true, updatedAt: true, updatedBy: { select: { email: true } } } });
  const noun = kind === "city" ? "city" : "FAQ entry";
  if (!current) return fail("not-found", `This ${noun} was deleted for good by someone else. Your text is still in the form.`);
  if (current.deletedAt) return fail("conflict", `Someone moved this ${noun} to the trash while you were editing it. Your text is still in the form.`);
  const who = current.updatedBy?.email ?? "Someone else";
  return fail(
    "stale",
    `${who} saved this ${noun} after you opened it (your version ${basedOn}, now ${current.version}, at ${formatTimestamp(current.updatedAt)}). Your text is still in the form: reload to see their changes, then apply yours again.`,
    { currentVersion: current.version },
  );
}

/**
 * A unique-constraint violation on the given column, as reported through the driver adapter: P2002
 * from a model query, P2010 (a failed raw query) with the adapter's UniqueConstraintViolation from SQL.
 */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string; constraint?: { index?: string; fields?: string[] } } } };
  };
  const cause = meta?.driverAdapterError?.cause;
  if (code !== "P2002" && !(code === "P2010" && cause?.kind === "UniqueConstraintViolation")) return false;
  const constraint = cause?.constraint;
  return Boolean(constraint?.fields?.includes(column) || constraint?.index?.endsWith(`_${column}_key`));
}
