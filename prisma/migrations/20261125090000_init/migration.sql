-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR');

-- CreateEnum
CREATE TYPE "Status" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateTable
CREATE TABLE "City" (
    "id" SERIAL NOT NULL,
    "slug" VARCHAR(80) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "country" VARCHAR(80) NOT NULL,
    "rank" INTEGER,
    "plannedRank" INTEGER,
    "summary" VARCHAR(600) NOT NULL,
    "profile" TEXT NOT NULL,
    "focusAreas" TEXT[],
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "City_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "fromSlug" VARCHAR(80) NOT NULL,
    "cityId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("fromSlug")
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" SERIAL NOT NULL,
    "question" VARCHAR(300) NOT NULL,
    "answer" TEXT NOT NULL,
    "position" INTEGER,
    "plannedPosition" INTEGER,
    "status" "Status" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "FaqEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Listing" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "titleTemplate" VARCHAR(200) NOT NULL,
    "year" INTEGER NOT NULL,
    "intro" TEXT NOT NULL,
    "developmentHeading" VARCHAR(200) NOT NULL,
    "development" TEXT NOT NULL,
    "faqHeading" VARCHAR(200) NOT NULL,
    "conclusion" TEXT NOT NULL,
    "seoDescription" VARCHAR(300) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "rankingVersion" INTEGER NOT NULL DEFAULT 1,
    "faqVersion" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "Listing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" VARCHAR(254) NOT NULL,
    "name" VARCHAR(120) NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "isDisabled" BOOLEAN NOT NULL DEFAULT false,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" VARCHAR(320) NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "userEmail" VARCHAR(254) NOT NULL,
    "action" VARCHAR(64) NOT NULL,
    "entityType" VARCHAR(32) NOT NULL,
    "entityId" VARCHAR(64),
    "summary" VARCHAR(300) NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "City_slug_key" ON "City"("slug");

-- CreateIndex
CREATE INDEX "City_status_deletedAt_idx" ON "City"("status", "deletedAt");

-- CreateIndex
CREATE INDEX "SlugRedirect_cityId_idx" ON "SlugRedirect"("cityId");

-- CreateIndex
CREATE INDEX "FaqEntry_status_deletedAt_idx" ON "FaqEntry"("status", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_at_idx" ON "AuditEvent"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

-- AddForeignKey
ALTER TABLE "City" ADD CONSTRAINT "City_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_cityId_fkey" FOREIGN KEY ("cityId") REFERENCES "City"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules schema.prisma cannot express (hand-written; test/ranking-constraints.int.test.ts proves them).
-- Ranks and positions are unique through deferrable constraints, so a reorder can pass through
-- duplicates inside its transaction; their indexes keep the names Prisma gives @unique.
ALTER TABLE "City" ADD CONSTRAINT "City_rank_key" UNIQUE ("rank") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_position_key" UNIQUE ("position") DEFERRABLE INITIALLY DEFERRED;

-- Only published, untrashed rows hold a rank or position, and it counts from 1.
ALTER TABLE "City" ADD CONSTRAINT "City_rank_published_check"
    CHECK ("rank" IS NULL OR ("rank" >= 1 AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL));
ALTER TABLE "City" ADD CONSTRAINT "City_published_ranked_check"
    CHECK ("rank" IS NOT NULL OR "status" = 'DRAFT' OR "deletedAt" IS NOT NULL);
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_position_published_check"
    CHECK ("position" IS NULL OR ("position" >= 1 AND "status" = 'PUBLISHED' AND "deletedAt" IS NULL));
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_published_positioned_check"
    CHECK ("position" IS NOT NULL OR "status" = 'DRAFT' OR "deletedAt" IS NOT NULL);
ALTER TABLE "City" ADD CONSTRAINT "City_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "User" ADD CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email"));
ALTER TABLE "Listing" ADD CONSTRAINT "Listing_singleton_check" CHECK ("id" = 1);

-- Ranks and positions are contiguous 1..N at every commit: a deferred check at the end of each
-- transaction that touched them, so no code path (or hand-written SQL) can leave a gap.
CREATE FUNCTION "check_contiguous_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total integer;
    highest integer;
BEGIN
    EXECUTE format('SELECT count(%1$I), coalesce(max(%1$I), 0) FROM %2$I', TG_ARGV[0], TG_TABLE_NAME)
        INTO total, highest;
    IF total <> highest THEN
        RAISE EXCEPTION '% of "%" must be contiguous from 1 (% rows, highest %)', TG_ARGV[0], TG_TABLE_NAME, total, highest
            USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "City_rank_contiguous" AFTER INSERT OR UPDATE OF "rank" OR DELETE ON "City"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_contiguous_order"('rank');
CREATE CONSTRAINT TRIGGER "FaqEntry_position_contiguous" AFTER INSERT OR UPDATE OF "position" OR DELETE ON "FaqEntry"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "check_contiguous_order"('position');
