import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import ReactMarkdown from "react-markdown";
import { describe, expect, it } from "vitest";
import { remarkImagesAsLinks } from "./images-as-links";

const render = (text: string) =>
  renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins: [remarkImagesAsLinks] }, text));

describe("remarkImagesAsLinks", () => {
  it("shows an image as a link named by its alt text, never as an <img>", () => {
    const html = render('See ![the chart](https://tracker.example/pixel.png?leak=1 "Chart") here.');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<a href="https://tracker.example/pixel.png?leak=1" title="Chart">the chart</a>');
  });

  it("names an image without alt text by its address, reference-style images included", () => {
    expect(render("![](/api/workspace/export)")).toBe(
      '<p><a href="/api/workspace/export">/api/workspace/export</a></p>',
    );
    const html = render("![logo][ref]\n\n[ref]: https://example.com/logo.png");
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('<a href="https://example.com/logo.png">logo</a>');
  });

  it("leaves links and images in code alone", () => {
    expect(render("[docs](https://example.com)")).toBe('<p><a href="https://example.com">docs</a></p>');
    expect(render("`![x](y.png)`")).toBe("<p><code>![x](y.png)</code></p>");
  });
});
