// Next's cache shared by every instance through Redis, for deployments with several instances
// (docs/deploy.md, "Several instances"). next.config.js points Next at this file only when
// REDIS_URL is set; without it Next keeps its default cache (memory and disk, per instance).
//
// The handler is @fortedigital/nextjs-cache-handler's `redis-strings`: pages, route handlers and
// the sitemap are stored in Redis with their tags, and revalidatePath("/", "layout") (lib/revalidate.ts)
// records the revalidated tag in Redis too, so a publish through one instance makes every instance
// render afresh on its next request.
//
// Keys are prefixed with REDIS_KEY_PREFIX (default "smart-cities:") and the build's id: a page
// rendered by one build points at that build's scripts, so two builds (a rolling deploy) never
// serve each other's pages. Several sites or test runs can share one Redis with different prefixes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createClient } from "@redis/client";
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import createLruHandler from "@fortedigital/nextjs-cache-handler/local-lru";
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

/** Each command gives up after this long, so a slow Redis delays a render but never hangs it. */
const REDIS_TIMEOUT_MS = 1000;
const REDIS_CONNECT_TIMEOUT_MS = 5000;

function buildId() {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  try {
    return readFileSync(path.join(process.cwd(), distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return "development";
  }
}

async function createHandlers() {
  // `next build` writes the prerendered pages to the build folder as usual; sharing starts at run time.
  if (!process.env.REDIS_URL || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) {
    return { handlers: [createLruHandler()] };
  }
  const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
  // Without a listener an error would end the process. The client reconnects by itself; say so once per outage.
  let isDown = false;
  client.on("error", (error) => {
    if (!isDown) console.error(`[cache] Redis: ${error.message}; retrying (pages are rendered meanwhile)`);
    isDown = true;
  });
  client.on("ready", () => {
    if (isDown) console.error("[cache] Redis is reachable again");
    isDown = false;
  });
  // connect() retries for ever while Redis is down, so it is not awaited without a bound. Until the
  // client is ready every cache read is a miss (the package's handler refuses, Next renders): slower,
  // never stale, and the instance shares the cache again as soon as Redis answers.
  const connection = client.connect().then(
    () => true,
    () => false,
  );
  const isConnected = await Promise.race([connection, new Promise((resolve) => setTimeout(() => resolve(false), REDIS_CONNECT_TIMEOUT_MS))]);
  if (!isConnected)
    console.error(`[cache] Redis at REDIS_URL did not answer within ${REDIS_CONNECT_TIMEOUT_MS / 1000} s; pages are rendered on every view until it does.`);
  const keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? "smart-cities:"}${buildId()}:`;
  return { handlers: [createRedisHandler({ client, keyPrefix, timeoutMs: REDIS_TIMEOUT_MS })] };
}

/**
 * The package stores a page's tags from the page's own header but a route handler's only from what
 * Next passes to set(), which lacks the implicit tags (`_N_T_/layout`...) that revalidatePath()
 * revalidates; Next passes no soft tags to get() either. Without this, GET /api/cities/[slug] on
 * another instance would never notice a publish (e2e/several-instances.spec.ts shows it does).
 */
class SharedCacheHandler extends CacheHandler {
  async set(cacheKey, value, ctx) {
    const headerTags =
      value?.kind === "APP_ROUTE"
        ? String(value.headers?.["x-next-cache-tags"] ?? "")
            .split(",")
            .filter(Boolean)
        : [];
    const tags = [...new Set([...(ctx?.tags ?? []), ...headerTags])];
    return super.set(cacheKey, value, { ...ctx, tags });
  }
}

// One Redis connection per process, however many times Next creates the handler.
let handlers;
SharedCacheHandler.onCreation(() => (handlers ??= createHandlers()));

export default SharedCacheHandler;
