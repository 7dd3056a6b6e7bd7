import type { TokenPrices } from "@/lib/models/prices";

/** A base model's prices as the workspace uses them: its own (dated when set) or the list's (dated PRICES_AS_OF). */
export type PriceView = TokenPrices & { model: string; source: "workspace" | "list"; asOf: Date };
