-- AlterTable
ALTER TABLE "chat_conversation" ADD COLUMN "createdByName" TEXT;

-- AlterTable
ALTER TABLE "dataset" ADD COLUMN "createdByName" TEXT;
ALTER TABLE "dataset" ADD COLUMN "updatedByName" TEXT;

-- AlterTable
ALTER TABLE "dataset_version" ADD COLUMN "createdByName" TEXT;

-- AlterTable
ALTER TABLE "job" ADD COLUMN "startedByName" TEXT;

-- Backfill: the rows written so far name their authors as they are now.
UPDATE "chat_conversation" SET "createdByName" = (SELECT "name" FROM "user" WHERE "id" = "chat_conversation"."createdById")
WHERE "createdById" IS NOT NULL;
UPDATE "dataset" SET "createdByName" = (SELECT "name" FROM "user" WHERE "id" = "dataset"."createdById")
WHERE "createdById" IS NOT NULL;
UPDATE "dataset" SET "updatedByName" = (SELECT "name" FROM "user" WHERE "id" = "dataset"."updatedById")
WHERE "updatedById" IS NOT NULL;
UPDATE "dataset_version" SET "createdByName" = (SELECT "name" FROM "user" WHERE "id" = "dataset_version"."createdById")
WHERE "createdById" IS NOT NULL;
UPDATE "job" SET "startedByName" = (SELECT "name" FROM "user" WHERE "id" = "job"."startedById")
WHERE "startedById" IS NOT NULL;
