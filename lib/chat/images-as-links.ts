/**
 * A remark plugin for model answers: an image becomes a link to it, named by its alt text (or its address).
 * The browser never fetches what a model (or a prompt injected into it) points at, so an answer cannot
 * report to another server or fire a request at the app's own routes just by being shown.
 */
type MarkdownNode = {
  type: string;
  url?: string;
  alt?: string | null;
  value?: string;
  children?: MarkdownNode[];
};

function imageToLink(node: MarkdownNode): void {
  if (node.type === "image" || node.type === "imageReference") {
    const label = node.alt || node.url || "image";
    node.type = node.type === "image" ? "link" : "linkReference";
    node.children = [{ type: "text", value: label }];
    delete node.alt;
  }
  for (const child of node.children ?? []) imageToLink(child);
}

export function remarkImagesAsLinks() {
  return (tree: MarkdownNode) => imageToLink(tree);
}
