import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site-metadata";

// Next serves robots.txt only from the root of app/ (not from the (site) group).
export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return {
    // The dashboard and sign-in are for editors; everything else is meant to be found.
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/api/auth"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
