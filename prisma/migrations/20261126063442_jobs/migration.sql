-- CreateTable
CREATE TABLE "job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "connectionId" TEXT,
    "connectionName" TEXT NOT NULL,
    "connectionKind" TEXT NOT NULL,
    "providerJobId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "baseModel" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "trainingVersionId" TEXT,
    "validationVersionId" TEXT,
    "validationPart" TEXT,
    "trainingFileId" TEXT NOT NULL,
    "trainingFileName" TEXT,
    "validationFileId" TEXT,
    "validationFileName" TEXT,
    "hyperparameters" TEXT NOT NULL DEFAULT '{}',
    "requestedHyperparameters" TEXT,
    "suffix" TEXT,
    "seed" INTEGER,
    "metadata" TEXT,
    "fineTunedModel" TEXT,
    "trainedTokens" INTEGER,
    "exampleCount" INTEGER,
    "billedTokens" INTEGER,
    "estimatedCost" REAL,
    "error" TEXT,
    "resultFiles" TEXT NOT NULL DEFAULT '[]',
    "estimatedFinishAt" DATETIME,
    "deploymentName" TEXT,
    "startedById" TEXT,
    "external" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    "finishedAt" DATETIME,
    "syncedAt" DATETIME,
    "nextSyncAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "syncFailures" INTEGER NOT NULL DEFAULT 0,
    "syncError" TEXT,
    "eventCount" INTEGER NOT NULL DEFAULT 0,
    "notifiedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "job_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "job_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "connection" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "job_trainingVersionId_fkey" FOREIGN KEY ("trainingVersionId") REFERENCES "dataset_version" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "job_validationVersionId_fkey" FOREIGN KEY ("validationVersionId") REFERENCES "dataset_version" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "job_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "job_event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "createdAt" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "data" TEXT,
    CONSTRAINT "job_event_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "job_metric" (
    "jobId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "trainLoss" REAL,
    "trainAccuracy" REAL,
    "validLoss" REAL,
    "validAccuracy" REAL,
    "fullValidLoss" REAL,
    "fullValidAccuracy" REAL,

    PRIMARY KEY ("jobId", "step"),
    CONSTRAINT "job_metric_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "job_checkpoint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "providerCheckpointId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "model" TEXT NOT NULL,
    "metrics" TEXT NOT NULL,
    "createdAt" INTEGER NOT NULL,
    CONSTRAINT "job_checkpoint_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "provider_file" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "providerFileId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "provider_file_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "provider_file_connectionId_fkey" FOREIGN KEY ("connectionId") REFERENCES "connection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "jobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "notification_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "webhook" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secretEncrypted" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "events" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "webhook_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "eventType" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    CONSTRAINT "webhook_delivery_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "webhook_delivery_webhookId_fkey" FOREIGN KEY ("webhookId") REFERENCES "webhook" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "lease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "job_workspaceId_createdAt_idx" ON "job"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "job_workspaceId_status_idx" ON "job"("workspaceId", "status");

-- CreateIndex
CREATE INDEX "job_workspaceId_baseModel_idx" ON "job"("workspaceId", "baseModel");

-- CreateIndex
CREATE INDEX "job_workspaceId_startedById_idx" ON "job"("workspaceId", "startedById");

-- CreateIndex
CREATE INDEX "job_status_nextSyncAt_idx" ON "job"("status", "nextSyncAt");

-- CreateIndex
CREATE UNIQUE INDEX "job_connectionId_providerJobId_key" ON "job"("connectionId", "providerJobId");

-- CreateIndex
CREATE INDEX "job_event_jobId_seq_idx" ON "job_event"("jobId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "job_event_jobId_providerEventId_key" ON "job_event"("jobId", "providerEventId");

-- CreateIndex
CREATE INDEX "job_checkpoint_jobId_step_idx" ON "job_checkpoint"("jobId", "step");

-- CreateIndex
CREATE UNIQUE INDEX "job_checkpoint_jobId_providerCheckpointId_key" ON "job_checkpoint"("jobId", "providerCheckpointId");

-- CreateIndex
CREATE UNIQUE INDEX "provider_file_connectionId_contentHash_key" ON "provider_file"("connectionId", "contentHash");

-- CreateIndex
CREATE INDEX "notification_userId_createdAt_idx" ON "notification"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_workspaceId_key" ON "webhook"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_messageId_key" ON "webhook_delivery"("messageId");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_nextAttemptAt_idx" ON "webhook_delivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "webhook_delivery_webhookId_createdAt_idx" ON "webhook_delivery"("webhookId", "createdAt");
