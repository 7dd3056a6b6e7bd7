/** The layering of STYLE: app → lib → (Prisma · openai SDK); components never reach the data or provider layer. */
module.exports = {
  forbidden: [
    {
      name: "components-no-data-layer",
      comment: "Components render; data comes from pages and actions. Import types from lib/<feature>/view.ts instead.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: ["^lib/db/", "^lib/generated/", "^node_modules/(@prisma|prisma|better-sqlite3)/"] },
    },
    {
      name: "components-no-provider-sdk",
      comment: "Only lib/providers talks to providers.",
      severity: "error",
      from: { path: "^components/" },
      to: { path: ["^node_modules/openai/", "^lib/providers/client"] },
    },
    {
      name: "lib-no-app-or-components",
      comment: "The domain does not know the UI that uses it.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: ["^app/", "^components/"] },
    },
    {
      name: "only-providers-import-openai-sdk",
      comment: "One module builds SDK clients; everything else goes through lib/providers.",
      severity: "error",
      from: { path: "^(app|lib|components|scripts)/", pathNot: "^lib/providers/" },
      to: { path: "^node_modules/openai/" },
    },
    {
      name: "only-outbound-imports-undici",
      comment: "Every request that leaves the server goes through the guard in lib/outbound.",
      severity: "error",
      from: { pathNot: "^lib/outbound/" },
      to: { path: "^node_modules/undici/" },
    },
    {
      name: "only-db-layer-imports-prisma-client",
      comment: "Queries go through lib/db/client.ts (importing the generated types is fine).",
      severity: "error",
      from: { pathNot: "^(lib/db/|lib/generated/|scripts/)" },
      to: {
        path: ["^lib/generated/", "^node_modules/@prisma/(client|adapter-better-sqlite3)/"],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "sandbox-only-behind-its-routes",
      comment:
        "The Sandbox is one provider among others: the product reaches it through its OpenAI-compatible API " +
        "(app/api/sandbox), never by import. Tests and the bench and test scripts may use it as the provider double.",
      severity: "error",
      from: {
        path: "^(app|lib|components|scripts)/",
        pathNot: ["^lib/sandbox/", "^app/api/sandbox/", "\\.test\\.tsx?$", "^scripts/(bench|test)/"],
      },
      to: { path: "^lib/sandbox/" },
    },
    {
      name: "audit-recorded-where-it-happens",
      comment:
        "Audit entries are written by the domain functions in lib/, so the pages and the REST API cannot record " +
        "the same step differently. Pages and routes call those functions instead of lib/audit/record.",
      severity: "error",
      from: { path: "^(app|components)/" },
      to: { path: "^lib/audit/record\\.ts$", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "models-is-pure",
      comment: "lib/models is the catalog of model facts: plain data and functions, no UI, no SDK, no database.",
      severity: "error",
      from: { path: "^lib/models/", pathNot: "\\.test\\.ts$" },
      to: { path: ["^app/", "^components/", "^node_modules/", "^lib/providers/", "^lib/db/", "^lib/generated/"] },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
  },
};
