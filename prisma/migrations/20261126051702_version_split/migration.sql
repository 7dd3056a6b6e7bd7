-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_dataset_version" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "datasetId" TEXT,
    "datasetName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "contentHash" TEXT NOT NULL,
    "jsonl" TEXT NOT NULL,
    "exampleCount" INTEGER NOT NULL,
    "tokenCount" INTEGER NOT NULL,
    "validationJsonl" TEXT,
    "validationCount" INTEGER NOT NULL DEFAULT 0,
    "validationRatio" REAL NOT NULL DEFAULT 0,
    "splitSeed" INTEGER,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dataset_version_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "dataset_version_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "dataset" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "dataset_version_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_dataset_version" ("contentHash", "createdAt", "createdById", "datasetId", "datasetName", "exampleCount", "id", "jsonl", "kind", "number", "tokenCount", "workspaceId") SELECT "contentHash", "createdAt", "createdById", "datasetId", "datasetName", "exampleCount", "id", "jsonl", "kind", "number", "tokenCount", "workspaceId" FROM "dataset_version";
DROP TABLE "dataset_version";
ALTER TABLE "new_dataset_version" RENAME TO "dataset_version";
CREATE INDEX "dataset_version_workspaceId_contentHash_idx" ON "dataset_version"("workspaceId", "contentHash");
CREATE UNIQUE INDEX "dataset_version_datasetId_number_key" ON "dataset_version"("datasetId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
