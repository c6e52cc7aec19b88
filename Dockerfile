# The production image: Next's standalone output (the server and only the files it needs) on
# Node 20, run as a non-root user. Not built in this project's CI (no registry there); see
# docs/deploy.md, "Container image", for how to build and run it.
#
#   docker build --secret id=database_url,env=DATABASE_URL --build-arg NEXTAUTH_URL=https://cities.example.com -t smart-cities .
#   docker run -e DATABASE_URL -e NEXTAUTH_SECRET -e NEXTAUTH_URL=https://cities.example.com -p 3000:3000 smart-cities
#
# The build reaches the database: `npm run build` migrates it, imports the article into an empty
# one, and prerenders the public pages from it (README.md, "Running in production").

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG NEXTAUTH_URL
ENV NEXT_OUTPUT=standalone NEXTAUTH_URL=${NEXTAUTH_URL}
RUN --mount=type=secret,id=database_url,required=true \
    DATABASE_URL="$(cat /run/secrets/database_url)" npm run build
# The project's migrations code (deploy/migrate.ts: lib/database/migrations.ts, as `npm run db:migrate`
# runs it, without the embedded-database fallback), bundled into one file so the image needs neither
# tsx nor the TypeScript sources. It sits two folders below the app, as in the source tree, so it
# finds prisma/migrations where lib/database/migrations.ts looks; `pg` comes from the standalone output.
RUN node_modules/.bin/esbuild deploy/migrate.ts --bundle --platform=node --format=esm --target=node20 \
      --packages=external --outfile=.next/standalone/deploy/migrate/db-migrate.mjs \
 && cp -r prisma .next/standalone/prisma \
 && cp -r .next/static .next/standalone/.next/static \
 && if [ -d public ]; then cp -r public .next/standalone/public; fi

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system app && useradd --system --gid app --home /app app
COPY --from=build --chown=app:app /app/.next/standalone ./
USER app
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:' + process.env.PORT + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# Pending migrations first (each in a transaction, under an advisory lock: several instances may start at once).
CMD ["sh", "-c", "node deploy/migrate/db-migrate.mjs && exec node server.js"]
