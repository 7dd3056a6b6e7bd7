/** A model as the OpenAI API lists it. */
export function toModelObject(model: { id: string; created: number }, ownedBy = "system") {
  return { id: model.id, object: "model" as const, created: model.created, owned_by: ownedBy };
}
