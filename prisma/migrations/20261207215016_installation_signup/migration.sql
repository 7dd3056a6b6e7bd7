-- AlterTable
ALTER TABLE "user" ADD COLUMN "installationAdmin" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "invitation" ADD COLUMN "mailedAt" DATETIME;
ALTER TABLE "invitation" ADD COLUMN "signedUpAt" DATETIME;

-- CreateTable
CREATE TABLE "installation_setting" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'installation',
    "signup" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT
);

-- Backfill: an installation that already has accounts gets its first one (the oldest) as installation admin.
UPDATE "user" SET "installationAdmin" = true
WHERE "id" = (SELECT "id" FROM "user" ORDER BY "createdAt", "id" LIMIT 1);
