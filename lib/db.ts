import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type Database = PrismaClient;

export function createDatabaseClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000, max: 10 });
  return new PrismaClient({ adapter });
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which start the embedded database when no DATABASE_URL is given.",
    );
  }
  return url;
}

// One client per process; survives hot reloads in development.
const globalForDb = globalThis as unknown as { db?: PrismaClient };

/** The one Prisma client of the app. Created on first use, so importing this file never connects. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForDb.db ??= createDatabaseClient(databaseUrl());
    const value = Reflect.get(globalForDb.db, property);
    return typeof value === "function" ? value.bind(globalForDb.db) : value;
  },
});

/** Closes the app's client (tests and scripts that end; the next use opens a new one). */
export async function disconnectDatabase(): Promise<void> {
  const client = globalForDb.db;
  globalForDb.db = undefined;
  await client?.$disconnect();
}
