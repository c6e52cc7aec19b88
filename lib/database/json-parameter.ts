/**
 * A value as JSON text for one query parameter (`${jsonParameter(rows)}::jsonb`). A string cut
 * inside an emoji (a summary shortened to 300 UTF-16 units) holds half a surrogate pair, which
 * JSON.stringify writes as "\ud83d" and PostgreSQL's json refuses; it becomes "�", as the driver's
 * own text parameters store it.
 */
export function jsonParameter(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === "string" ? item.toWellFormed() : item));
}
