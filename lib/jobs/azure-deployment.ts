/**
 * Azure serves a fine-tuned model only once it is deployed. Our Azure connections hold an endpoint and a key,
 * no management rights, so the app writes the exact Azure CLI command and the portal steps for a person to run.
 */
export const AZURE_SKUS = ["Standard", "GlobalStandard", "Developer"] as const;
export type AzureSku = (typeof AZURE_SKUS)[number];

/** A deployment name Azure accepts: letters, digits, dash, underscore and dot, at most 64 characters. */
export const DEPLOYMENT_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** The Azure resource name of an endpoint like https://my-resource.openai.azure.com. */
export function azureResourceName(endpoint: string | null): string | null {
  if (!endpoint) return null;
  try {
    const host = new URL(endpoint).hostname;
    return /\.(openai|cognitiveservices)\.azure\.com$/i.test(host) ? (host.split(".")[0] ?? null) : null;
  } catch {
    return null;
  }
}

/** A suggested deployment name: the fine-tuned model's suffix and id, trimmed to what Azure accepts. */
export function suggestedDeploymentName(fineTunedModel: string): string {
  const parts = fineTunedModel.split(/[:.]/).filter(Boolean);
  const name = parts
    .slice(-2)
    .join("-")
    .replace(/[^A-Za-z0-9._-]/g, "-");
  return `ft-${name}`.slice(0, 64);
}

const quote = (value: string) => (/^[A-Za-z0-9._:/-]+$/.test(value) ? value : `"${value.replaceAll('"', '\\"')}"`);

export function azureDeployCommand({
  resourceName,
  deploymentName,
  model,
  sku,
}: {
  resourceName: string | null;
  deploymentName: string;
  model: string;
  sku: AzureSku;
}): string {
  return [
    "az cognitiveservices account deployment create",
    "  --resource-group <your-resource-group>",
    `  --name ${resourceName ? quote(resourceName) : "<your-resource-name>"}`,
    `  --deployment-name ${quote(deploymentName)}`,
    `  --model-name ${quote(model)}`,
    '  --model-version "1"',
    "  --model-format OpenAI",
    `  --sku-name ${sku}`,
    "  --sku-capacity 1",
  ].join(" \\\n");
}
