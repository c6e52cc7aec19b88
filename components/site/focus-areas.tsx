/** A city's focus areas as a list of tags. */
export function FocusAreas({ areas, label = "Focus areas" }: { areas: string[]; label?: string }) {
  if (areas.length === 0) return null;
  return (
    <ul className="focus-areas" aria-label={label}>
      {areas.map((area) => (
        <li key={area}>{area}</li>
      ))}
    </ul>
  );
}
