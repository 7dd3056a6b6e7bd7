-- CreateTable
CREATE TABLE "model_price" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "training" REAL NOT NULL,
    "input" REAL NOT NULL,
    "cachedInput" REAL NOT NULL,
    "output" REAL NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedById" TEXT,
    CONSTRAINT "model_price_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "model_price_workspaceId_model_key" ON "model_price"("workspaceId", "model");
