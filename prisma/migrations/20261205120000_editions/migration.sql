-- Editions (issue 13): an edition of the ranking kept as readers saw it, shown to readers while the
-- next edition is prepared ("public"), then readable at /<year> ("archived").
-- Purely additive: today's content stays where it is and is the current edition (Listing.year, 2024
-- for the article), so nothing moves and nothing can be lost (lib/database/editions-migration.int.test.ts).
-- CreateTable
CREATE TABLE "Edition" (
    "year" INTEGER NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'public',
    "title" VARCHAR(300) NOT NULL,
    "pageText" JSONB NOT NULL,
    "pageTextUpdatedAt" TIMESTAMP(3) NOT NULL,
    "faq" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "frozenByEmail" VARCHAR(254) NOT NULL,
    "archivedAt" TIMESTAMP(3),
    "archivedByEmail" VARCHAR(254),

    CONSTRAINT "Edition_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "EditionEntry" (
    "year" INTEGER NOT NULL,
    "rank" INTEGER NOT NULL,
    "cityId" INTEGER,
    "slug" VARCHAR(80) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "country" VARCHAR(80) NOT NULL,
    "summary" VARCHAR(600) NOT NULL,
    "profile" TEXT NOT NULL,
    "focusAreas" TEXT[],
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EditionEntry_pkey" PRIMARY KEY ("year","rank")
);

-- CreateIndex
CREATE UNIQUE INDEX "EditionEntry_year_cityId_key" ON "EditionEntry"("year", "cityId");

-- CreateIndex
CREATE UNIQUE INDEX "EditionEntry_year_slug_key" ON "EditionEntry"("year", "slug");

-- CreateIndex
CREATE INDEX "EditionEntry_cityId_year_idx" ON "EditionEntry"("cityId", "year");

-- AddForeignKey
ALTER TABLE "EditionEntry" ADD CONSTRAINT "EditionEntry_year_fkey" FOREIGN KEY ("year") REFERENCES "Edition"("year") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditionEntry" ADD CONSTRAINT "EditionEntry_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What the code knows. At most one edition is public: the mutations take the listing's lock and
-- check (schema.prisma cannot declare a partial unique index, and the drift test would flag one).
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_status_check" CHECK ("status" IN ('public', 'archived'));
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_archived_check" CHECK (("status" = 'archived') = ("archivedAt" IS NOT NULL AND "archivedByEmail" IS NOT NULL));
ALTER TABLE "Edition" ADD CONSTRAINT "Edition_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "EditionEntry" ADD CONSTRAINT "EditionEntry_rank_check" CHECK ("rank" >= 1);
