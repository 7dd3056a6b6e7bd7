-- CreateTable
CREATE TABLE "sandbox_file" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "expiresAt" INTEGER,
    CONSTRAINT "sandbox_file_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sandbox_upload" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "mimeType" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "expiresAt" INTEGER NOT NULL,
    "fileId" TEXT,
    CONSTRAINT "sandbox_upload_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sandbox_upload_part" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "uploadId" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" INTEGER NOT NULL,
    CONSTRAINT "sandbox_upload_part_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "sandbox_upload" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "sandbox_job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "connectionId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "trainingFile" TEXT NOT NULL,
    "validationFile" TEXT,
    "method" TEXT NOT NULL,
    "hyperparameters" TEXT NOT NULL,
    "suffix" TEXT,
    "seed" INTEGER NOT NULL,
    "metadata" TEXT,
    "examples" INTEGER NOT NULL,
    "billingTokens" INTEGER NOT NULL,
    "validationError" TEXT,
    "fineTunedModel" TEXT NOT NULL,
    "secondsPerUnit" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "pauses" TEXT NOT NULL DEFAULT '[]',
    "cancelledAt" DATETIME,
    "modelDeletedAt" DATETIME,
    "resultFileId" TEXT,
    CONSTRAINT "sandbox_job_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_connection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "baseUrl" TEXT,
    "organization" TEXT,
    "project" TEXT,
    "endpoint" TEXT,
    "apiVersion" TEXT,
    "apiKeyEncrypted" TEXT,
    "apiKeyLast4" TEXT,
    "sandboxTokenHash" TEXT,
    "lastTestedAt" DATETIME,
    "lastTestOk" BOOLEAN,
    "lastTestMessage" TEXT,
    "lastTestModelCount" INTEGER,
    "sandboxJobSeconds" INTEGER,
    "sandboxFailureRate" REAL NOT NULL DEFAULT 0,
    "sandboxFailureStatus" INTEGER NOT NULL DEFAULT 429,
    "sandboxLatencyMs" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "connection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_connection" ("apiKeyEncrypted", "apiKeyLast4", "apiVersion", "baseUrl", "createdAt", "createdById", "endpoint", "id", "kind", "lastTestMessage", "lastTestModelCount", "lastTestOk", "lastTestedAt", "name", "organization", "project", "sandboxTokenHash", "updatedAt", "workspaceId") SELECT "apiKeyEncrypted", "apiKeyLast4", "apiVersion", "baseUrl", "createdAt", "createdById", "endpoint", "id", "kind", "lastTestMessage", "lastTestModelCount", "lastTestOk", "lastTestedAt", "name", "organization", "project", "sandboxTokenHash", "updatedAt", "workspaceId" FROM "connection";
DROP TABLE "connection";
ALTER TABLE "new_connection" RENAME TO "connection";
CREATE UNIQUE INDEX "connection_sandboxTokenHash_key" ON "connection"("sandboxTokenHash");
CREATE INDEX "connection_workspaceId_idx" ON "connection"("workspaceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "sandbox_file_connectionId_createdAt_idx" ON "sandbox_file"("connectionId", "createdAt");

-- CreateIndex
CREATE INDEX "sandbox_upload_connectionId_idx" ON "sandbox_upload"("connectionId");

-- CreateIndex
CREATE INDEX "sandbox_upload_part_uploadId_idx" ON "sandbox_upload_part"("uploadId");

-- CreateIndex
CREATE INDEX "sandbox_job_connectionId_createdAt_idx" ON "sandbox_job"("connectionId", "createdAt");

-- CreateIndex
CREATE INDEX "sandbox_job_fineTunedModel_idx" ON "sandbox_job"("fineTunedModel");
