import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { remarkHtmlAsText } from "./html-as-text";

const render = (text: string) =>
  renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins: [remarkHtmlAsText] }, text));

describe("remarkHtmlAsText", () => {
  it("shows HTML blocks and inline HTML as text, never as elements", () => {
    const html = render('<script>alert("x")</script>\n\nHi <img src=x onerror="alert(1)"> **there**');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain("<strong>there</strong>");
  });

  it("leaves code blocks as code", () => {
    expect(render("```html\n<b>x</b>\n```")).toContain('<code class="language-html">&lt;b&gt;x&lt;/b&gt;\n</code>');
  });
});
