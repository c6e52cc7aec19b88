import { describe, expect, it } from "vitest";
import { asciiHtml, escapeHtml, html, SafeHtml } from "./html";

describe("html strings for the public pages", () => {
  it("escapes every interpolated value, in text and in attributes", () => {
    const name = `<script>alert("x")</script> & 'quotes'`;
    expect(html`<a title="${name}">${name}</a>`.value).toBe(
      '<a title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</a>',
    );
  });

  it("inserts safe HTML and lists as they are, and skips empty values", () => {
    const items = ["a<b", "c"].map((text) => html`<li>${text}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${undefined}${3}`.value).toBe("<ul><li>a&lt;b</li><li>c</li></ul>3");
    expect(html`${new SafeHtml("<em>kept</em>")}`.value).toBe("<em>kept</em>");
  });

  it("writes characters above ASCII as character references, so the page is served without re-encoding", () => {
    expect(escapeHtml("Asia’s “smart” cities — 東京, Hồ Chí Minh 🏙 ·")).toBe(
      "Asia&#x2019;s &#x201c;smart&#x201d; cities &#x2014; &#x6771;&#x4eac;, H&#x1ed3; Ch&#xed; Minh &#x1f3d9; &#xb7;",
    );
    expect(asciiHtml("<p>café ’</p>")).toBe("<p>caf&#xe9; &#x2019;</p>");
    expect(/[^\u0000-\u007f]/.test(escapeHtml("São Paulo’s"))).toBe(false);
  });
});
