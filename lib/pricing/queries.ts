/** The prices a workspace works with: its own where it set them, the list prices otherwise. */
import "server-only";
import { type AuditActor, record } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  isPricedModel,
  LIST_PRICES,
  PRICES_AS_OF,
  pricedModelOf,
  type TokenPrices,
  trainingCost,
} from "@/lib/models/prices";
import type { PriceView } from "./view";

const PRICE_FIELDS = { training: true, input: true, cachedInput: true, output: true } as const;

/** Every base model of the list, with the prices that apply in the workspace and since when. */
export async function listPrices(workspaceId: string): Promise<PriceView[]> {
  const own = await db.modelPrice.findMany({
    where: { workspaceId },
    select: { ...PRICE_FIELDS, model: true, updatedAt: true },
  });
  const ownByModel = new Map(own.map(({ model, ...price }) => [model, price]));
  return Object.entries(LIST_PRICES).map(([model, list]) => {
    const price = ownByModel.get(model);
    if (!price) return { model, ...list, source: "list", asOf: new Date(PRICES_AS_OF) };
    const { updatedAt, ...prices } = price;
    return { model, ...prices, source: "workspace", asOf: updatedAt };
  });
}

export async function setPrice({ actor, model, ...prices }: TokenPrices & { actor: AuditActor; model: string }) {
  if (!isPricedModel(model))
    throw new AppError("invalid_input", "not a listed model", { fields: { model: { code: "invalidChoice" } } });
  const workspaceId = actor.workspace.id;
  const updatedById = actor.user.id;
  await db.modelPrice.upsert({
    where: { workspaceId_model: { workspaceId, model } },
    create: { workspaceId, model, ...prices, updatedById },
    update: { ...prices, updatedById },
  });
  await record(
    actor,
    "price.changed",
    { type: "model", id: model, name: model },
    {
      trainingPrice: prices.training,
      inputPrice: prices.input,
      cachedInputPrice: prices.cachedInput,
      outputPrice: prices.output,
    },
  );
}

/** Back to the list price. */
export async function resetPrice({ actor, model }: { actor: AuditActor; model: string }) {
  const { count } = await db.modelPrice.deleteMany({ where: { workspaceId: actor.workspace.id, model } });
  if (count > 0) await record(actor, "price.reset", { type: "model", id: model, name: model });
}

/** What training on `billingTokens` per epoch costs at the workspace's price; null for a model without one. */
export async function workspaceTrainingCost({
  workspaceId,
  model,
  billingTokens,
  epochs,
}: {
  workspaceId: string;
  model: string;
  billingTokens: number;
  epochs: number;
}): Promise<number | null> {
  const base = pricedModelOf(model);
  if (base === null) return null;
  const own = await db.modelPrice.findUnique({
    where: { workspaceId_model: { workspaceId, model: base } },
    select: { training: true },
  });
  const price = own ?? LIST_PRICES[base];
  return price ? trainingCost({ price, billingTokens, epochs }) : null;
}
