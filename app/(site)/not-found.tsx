import { NotFoundMessage } from "@/components/site/not-found-message";

// notFound() from a public page: an unknown, draft or unpublished city. Its <title> comes from the
// page's generateMetadata, which answers "Page not found" for such a city.
export default function NotFound() {
  return <NotFoundMessage />;
}
