/**
 * The model lifecycle registry: for each known base model, until when a provider trains it and when it (and
 * every model fine-tuned from it) stops answering. The dates live in lib/lifecycle/registry.json (only read here) with their sources; a
 * workspace may override single entries in Settings. Every date function takes "now" so tests set the clock.
 */
import type { ConnectionKind } from "@/lib/connections/kinds";
import data from "@/lib/lifecycle/registry.json";
import { baseModelOf } from "./names";

/** Whose dates apply: Azure publishes its own schedule; every other kind serves OpenAI's models or mirrors them. */
export type LifecycleProvider = "openai" | "azure";

export type LifecycleEntry = {
  provider: LifecycleProvider;
  model: string;
  /** last day a new job may start on this base model (YYYY-MM-DD), null when unknown */
  trainableUntil: string | null;
  /** the day the base model and its fine-tunes stop answering (YYYY-MM-DD), null when unknown */
  retiresOn: string | null;
  source: string;
};

export type ProviderCutoff = { provider: LifecycleProvider; newJobsUntil: string; source: string };

export type LifecycleRegistry = { models: readonly LifecycleEntry[]; providers: readonly ProviderCutoff[] };

export const lifecycleSources: Readonly<Record<string, string>> = data.sources;

export const defaultRegistry: LifecycleRegistry = {
  models: data.models as LifecycleEntry[],
  providers: data.providers as ProviderCutoff[],
};

const DAY_MS = 86_400_000;

export function lifecycleProviderOf(kind: ConnectionKind): LifecycleProvider {
  return kind === "azure" ? "azure" : "openai";
}

/** Overrides replace the entry of the same provider and model, or add one. */
export function withOverrides(registry: LifecycleRegistry, overrides: readonly LifecycleEntry[]): LifecycleRegistry {
  const key = (entry: LifecycleEntry) => `${entry.provider} ${entry.model}`;
  const replaced = new Map(overrides.map((entry) => [key(entry), entry]));
  const models = registry.models.map((entry) => replaced.get(key(entry)) ?? entry);
  const known = new Set(registry.models.map(key));
  return { ...registry, models: [...models, ...overrides.filter((entry) => !known.has(key(entry)))] };
}

/**
 * Whole days from `now` until the start of `date` (UTC): 0 on the day itself, negative once past.
 * A model "retires on" a day: from that day on it no longer answers.
 */
export function daysUntil(date: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - today) / DAY_MS);
}

function findEntry(registry: LifecycleRegistry, provider: LifecycleProvider, model: string): LifecycleEntry | null {
  const base = baseModelOf(model);
  return registry.models.find((entry) => entry.provider === provider && entry.model === base) ?? null;
}

export type Retirement = { retiresOn: string; daysLeft: number; retired: boolean };

/** When a model (base or fine-tuned) stops answering, or null when the registry does not know. */
export function retirementOf(options: {
  registry: LifecycleRegistry;
  provider: LifecycleProvider;
  model: string;
  now: Date;
}): Retirement | null {
  const retiresOn = findEntry(options.registry, options.provider, options.model)?.retiresOn;
  if (!retiresOn) return null;
  const daysLeft = daysUntil(retiresOn, options.now);
  return { retiresOn, daysLeft, retired: daysLeft <= 0 };
}

type TrainingOutlook =
  | { status: "unknown" }
  | { status: "closed"; since: string }
  | { status: "open"; until: string | null; daysLeft: number | null };

/**
 * Whether a new job may still start on a base model: the earlier of the model's own last training day and
 * the provider's cut-off for everyone. Both are "last day" dates, so training closes the day after.
 */
export function trainingOutlook(options: {
  registry: LifecycleRegistry;
  provider: LifecycleProvider;
  model: string;
  now: Date;
}): TrainingOutlook {
  const entry = findEntry(options.registry, options.provider, options.model);
  const cutoff = options.registry.providers.find((item) => item.provider === options.provider)?.newJobsUntil ?? null;
  const dates = [entry?.trainableUntil ?? null, cutoff].filter((date): date is string => date !== null).sort();
  const until = dates[0] ?? null;
  if (until === null) return entry ? { status: "open", until: null, daysLeft: null } : { status: "unknown" };
  const daysLeft = daysUntil(until, options.now);
  return daysLeft < 0 ? { status: "closed", since: until } : { status: "open", until, daysLeft };
}

/** How close a date must be for a warning: the dashboard lists what retires within this many days. */
export const WARNING_DAYS = 90;

export type RetiringModel = { model: string; provider: LifecycleProvider } & Retirement;

/** The models of a list that stop answering within `withinDays`, soonest first (already retired ones included). */
export function retiringSoon(options: {
  registry: LifecycleRegistry;
  models: readonly { model: string; provider: LifecycleProvider }[];
  now: Date;
  withinDays?: number;
}): RetiringModel[] {
  const within = options.withinDays ?? WARNING_DAYS;
  const seen = new Set<string>();
  const result: RetiringModel[] = [];
  for (const { model, provider } of options.models) {
    const key = `${provider} ${model}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const retirement = retirementOf({ registry: options.registry, provider, model, now: options.now });
    if (retirement && retirement.daysLeft <= within) result.push({ model, provider, ...retirement });
  }
  return result.sort((a, b) => a.daysLeft - b.daysLeft || a.model.localeCompare(b.model));
}
