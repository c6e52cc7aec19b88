// How a city moved since the previous edition, for the marker beside its rank (▲2, ▼1, new, back).
// Pure, so the public list, the archive pages and the API compute it the same way.

export type Movement = { kind: "up" | "down"; places: number } | { kind: "same" } | { kind: "new" } | { kind: "back" };

/**
 * `previousRank`: the city's rank in the previous edition, or null when it was not in it;
 * `inAnEarlierEdition`: whether it was in any edition before that one ("back" rather than "new").
 */
export function movementOf(rank: number, previousRank: number | null, inAnEarlierEdition: boolean): Movement {
  if (previousRank === null) return { kind: inAnEarlierEdition ? "back" : "new" };
  if (previousRank === rank) return { kind: "same" };
  return previousRank > rank ? { kind: "up", places: previousRank - rank } : { kind: "down", places: rank - previousRank };
}

/** What the marker shows, and the sentence a screen reader reads instead. */
export function movementLabel(movement: Movement, previousYear: number): { shown: string; spoken: string } {
  const places = (count: number) => `${count} ${count === 1 ? "place" : "places"}`;
  switch (movement.kind) {
    case "up":
      return { shown: `\u25b2${movement.places}`, spoken: `Up ${places(movement.places)} since ${previousYear}` };
    case "down":
      return { shown: `\u25bc${movement.places}`, spoken: `Down ${places(movement.places)} since ${previousYear}` };
    case "same":
      return { shown: "=", spoken: `Same rank as in ${previousYear}` };
    case "new":
      return { shown: "new", spoken: `New since ${previousYear}` };
    case "back":
      return { shown: "back", spoken: `Back after missing the ${previousYear} edition` };
  }
}
