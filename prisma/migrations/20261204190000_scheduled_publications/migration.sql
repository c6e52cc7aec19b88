-- Scheduled publishing (issue 13): a draft city or FAQ entry published at a set time, once.
-- CreateTable
CREATE TABLE "ScheduledPublication" (
    "id" SERIAL NOT NULL,
    "entityType" VARCHAR(32) NOT NULL,
    "entityId" INTEGER NOT NULL,
    "publishAt" TIMESTAMP(3) NOT NULL,
    "state" VARCHAR(16) NOT NULL DEFAULT 'pending',
    "outcome" VARCHAR(300),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER NOT NULL,
    "createdByEmail" VARCHAR(254) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ScheduledPublication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduledPublication_state_publishAt_idx" ON "ScheduledPublication"("state", "publishAt");

-- CreateIndex
CREATE INDEX "ScheduledPublication_entityType_entityId_idx" ON "ScheduledPublication"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "ScheduledPublication" ADD CONSTRAINT "ScheduledPublication_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The states the code knows; anything else is refused.
ALTER TABLE "ScheduledPublication" ADD CONSTRAINT "ScheduledPublication_state_check"
    CHECK ("state" IN ('pending', 'done', 'failed', 'cancelled'));
