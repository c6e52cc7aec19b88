-- Revisions (issue 13): every save of a city's, an FAQ entry's or the page text's fields keeps one.
-- Records saved before this migration get their first revision at their next save (lib/revisions/record.ts).
-- CreateTable
CREATE TABLE "Revision" (
    "id" SERIAL NOT NULL,
    "entityType" VARCHAR(32) NOT NULL,
    "entityId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "fields" JSONB NOT NULL,
    "summary" VARCHAR(300) NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" INTEGER,
    "userEmail" VARCHAR(254) NOT NULL,
    "auditEventId" INTEGER,
    "restoredFrom" INTEGER,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Revision_auditEventId_key" ON "Revision"("auditEventId");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_entityType_entityId_number_key" ON "Revision"("entityType", "entityId", "number");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_auditEventId_fkey" FOREIGN KEY ("auditEventId") REFERENCES "AuditEvent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
