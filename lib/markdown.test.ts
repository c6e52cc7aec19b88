import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown keeps what editors write", () => {
  it("renders paragraphs, emphasis, lists and links", () => {
    const html = renderMarkdown("Seoul leads in **IoT**.\n\n- transport\n- *safety*\n\n[Smart Nation](https://www.smartnation.gov.sg/)");
    expect(html).toBe(
      '<p>Seoul leads in <strong>IoT</strong>.</p>\n<ul>\n<li>transport</li>\n<li><em>safety</em></li>\n</ul>\n<p><a href="https://www.smartnation.gov.sg/">Smart Nation</a></p>',
    );
  });

  it("keeps harmless inline HTML, relative links and mailto links", () => {
    expect(renderMarkdown('<abbr title="Internet of Things">IoT</abbr> [list](/#ranking) [mail](mailto:desk@example.com)')).toBe(
      '<p><abbr title="Internet of Things">IoT</abbr> <a href="/#ranking">list</a> <a href="mailto:desk@example.com">mail</a></p>',
    );
  });

  it("renders GFM tables", () => {
    const html = renderMarkdown("| City | Rank |\n| --- | --- |\n| Seoul | 3 |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>City</th>");
    expect(html).toContain("<td>Seoul</td>");
  });

  it("places headings under the section they are shown in, never a second h1", () => {
    expect(renderMarkdown("# Transport\n\n## Buses")).toBe("<h2>Transport</h2>\n<h3>Buses</h3>");
    expect(renderMarkdown("# Transport\n\n## Buses", { headingLevel: 3 })).toBe("<h3>Transport</h3>\n<h4>Buses</h4>");
    expect(renderMarkdown("<h1>Raw</h1>", { headingLevel: 4 })).toBe("<h4>Raw</h4>");
    expect(renderMarkdown("###### Deep", { headingLevel: 3 })).toBe("<h6>Deep</h6>");
  });
});

describe("renderMarkdown makes hostile content inert", () => {
  const cases: Array<[string, string]> = [
    ["a script element", "Hello <script>window.__xss = 1</script> world"],
    ["a script split across Markdown blocks", "<script>\n\nwindow.__xss = 1\n\n</script>"],
    ["an event handler on an image", '<img src=x onerror="window.__xss = 2">'],
    ["an event handler on an allowed tag", '<p onclick="window.__xss = 3">click</p>'],
    ["a javascript: Markdown link", "[link](javascript:window.__xss=4)"],
    ["a javascript: HTML link", '<a href="javascript:window.__xss=5">link</a>'],
    ["an entity-encoded javascript: link", '<a href="jav&#x09;ascript:window.__xss=6">link</a>'],
    ["a mixed-case javascript: link", "[link](JaVaScRiPt:window.__xss=7)"],
    ["a data: URL link", "[link](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9ODwvc2NyaXB0Pg==)"],
    ["a vbscript: link", '<a href="vbscript:msgbox(9)">link</a>'],
    ["an iframe", '<iframe src="https://evil.example" srcdoc="<script>window.__xss=10</script>"></iframe>'],
    ["an SVG with onload", '<svg onload="window.__xss=11"><circle r="10"/></svg>'],
    ["a script inside SVG", "<svg><script>window.__xss=12</script></svg>"],
    ["an SVG link with xlink:href", '<svg><a xlink:href="javascript:window.__xss=13"><text>x</text></a></svg>'],
    ["a MathML link", '<math><maction actiontype="statusline" xlink:href="javascript:window.__xss=14">x</maction></math>'],
    ["an object and an embed", '<object data="evil.swf"></object><embed src="evil.swf">'],
    ["a style element and a style attribute", '<style>body{display:none}</style><p style="background:url(javascript:window.__xss=15)">x</p>'],
    [
      "a form that would post elsewhere",
      '<form action="https://evil.example"><input name="password"><button formaction="javascript:window.__xss=16">go</button></form>',
    ],
    ["a meta refresh and a base tag", '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">'],
    ["a Markdown image with an event handler in its title", '![x](https://evil.example/x.png "a\\" onerror=\\"window.__xss=17")'],
    ["a protocol-relative link", "[x](//evil.example/path)"],
  ];

  it.each(cases)("removes %s", (_name, markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/<(script|iframe|svg|math|object|embed|style|form|input|button|meta|base|img)\b/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/href="\/\/|xlink:href|srcdoc|formaction/i);
    expect(html).not.toContain("window.__xss");
  });

  it("keeps quotes in a link's address inside the address", () => {
    expect(renderMarkdown('[x](https://example.com/"onmouseover="alert(1))')).toBe('<p><a href="https://example.com/%22onmouseover=%22alert(1)">x</a></p>');
  });

  it("keeps a link's text when it drops its dangerous address", () => {
    expect(renderMarkdown("[read more](javascript:alert(1))")).toBe("<p><a>read more</a></p>");
  });

  it("leaves no empty paragraph where it removed an element", () => {
    expect(renderMarkdown('Before\n\n<img src=x onerror="alert(1)">\n\nAfter')).toBe("<p>Before</p>\n<p>After</p>");
  });

  it("keeps surrounding prose when it drops a script", () => {
    expect(renderMarkdown("Hello <script>alert(1)</script> world")).toBe("<p>Hello  world</p>");
  });
});
