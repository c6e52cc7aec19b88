import { publishedCities } from "@/lib/cities/queries";

export default async function HomePage() {
  const cities = await publishedCities();
  return (
    <main>
      <h1>Top {cities.length} Smart Cities in Asia</h1>
      <ol>
        {cities.map((city) => (
          <li key={city.id}>
            {city.name}, {city.country}
          </li>
        ))}
      </ol>
    </main>
  );
}
