/** A city's public page. */
export const cityPath = (slug: string) => `/cities/${slug}`;
