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
    "sandboxHoldStreams" BOOLEAN NOT NULL DEFAULT false,
    "sandboxFineTuningClosed" BOOLEAN NOT NULL DEFAULT false,
    "sandboxFineTuningClosedAfter" DATETIME,
    "capabilityFineTuning" BOOLEAN,
    "capabilityChatModels" INTEGER,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "connection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_connection" ("apiKeyEncrypted", "apiKeyLast4", "apiVersion", "baseUrl", "capabilityChatModels", "capabilityFineTuning", "createdAt", "createdById", "endpoint", "id", "kind", "lastTestMessage", "lastTestModelCount", "lastTestOk", "lastTestedAt", "name", "organization", "project", "sandboxFailureRate", "sandboxFailureStatus", "sandboxFineTuningClosed", "sandboxFineTuningClosedAfter", "sandboxJobSeconds", "sandboxLatencyMs", "sandboxTokenHash", "updatedAt", "workspaceId") SELECT "apiKeyEncrypted", "apiKeyLast4", "apiVersion", "baseUrl", "capabilityChatModels", "capabilityFineTuning", "createdAt", "createdById", "endpoint", "id", "kind", "lastTestMessage", "lastTestModelCount", "lastTestOk", "lastTestedAt", "name", "organization", "project", "sandboxFailureRate", "sandboxFailureStatus", "sandboxFineTuningClosed", "sandboxFineTuningClosedAfter", "sandboxJobSeconds", "sandboxLatencyMs", "sandboxTokenHash", "updatedAt", "workspaceId" FROM "connection";
DROP TABLE "connection";
ALTER TABLE "new_connection" RENAME TO "connection";
CREATE UNIQUE INDEX "connection_sandboxTokenHash_key" ON "connection"("sandboxTokenHash");
CREATE INDEX "connection_workspaceId_idx" ON "connection"("workspaceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
