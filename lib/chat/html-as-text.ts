/**
 * A remark plugin for model answers: raw HTML in the Markdown becomes plain text. Shown rather than dropped,
 * so a model that writes `<script>` shows it, and nothing it writes ever runs.
 */
type MarkdownNode = { type: string; value?: string; children?: MarkdownNode[] };

function htmlToText(node: MarkdownNode): void {
  if (node.type === "html") node.type = "text";
  for (const child of node.children ?? []) htmlToText(child);
}

export function remarkHtmlAsText() {
  return (tree: MarkdownNode) => htmlToText(tree);
}
