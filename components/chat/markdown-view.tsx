"use client";
import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { remarkHtmlAsText } from "@/lib/chat/html-as-text";
import { remarkImagesAsLinks } from "@/lib/chat/images-as-links";
import "./markdown.css";

/** A model's answer as Markdown with highlighted code; HTML in it is shown as text, images as links. */
export function MarkdownView({ text }: { text: string }) {
  return (
    <div className="chat-markdown text-sm leading-relaxed break-words">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText, remarkImagesAsLinks]}
        rehypePlugins={[[rehypeHighlight, { detect: true }]]}
        components={{
          a: ({ node: _, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
