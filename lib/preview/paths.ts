// The public pages a preview may open: the ranking's pages and a city's page. Anything else (another
// site, the dashboard, an API) is refused, so the preview link cannot be turned into an open redirect.
const PREVIEWABLE = /^\/(?:cities\/[a-z0-9]+(?:-[a-z0-9]+)*|ranking\/[1-9]\d{0,5})?$/;

/** The path to open, or "/" when `path` is missing or not a public page. */
export const previewPath = (path: string | null): string => (path && PREVIEWABLE.test(path) ? path : "/");

/** The dashboard's link that opens `path` in preview. */
export const previewHref = (path: string) => `/api/editor/preview?${new URLSearchParams({ path })}`;

/** The link that ends the preview and shows `path` as readers see it. */
export const endPreviewHref = (path: string) => `/api/preview/end?${new URLSearchParams({ path })}`;
