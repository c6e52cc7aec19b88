import { describe, expect, it } from "vitest";
import { escapeHtml, html, latin1Html, SafeHtml } from "./html";

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

  it("writes characters above Latin-1 as character references, so the page stays one byte per character", () => {
    expect(escapeHtml("Asia’s “smart” cities — 東京, Hồ Chí Minh 🏙")).toBe(
      "Asia&#x2019;s &#x201c;smart&#x201d; cities &#x2014; &#x6771;&#x4eac;, H&#x1ed3; Chí Minh &#x1f3d9;",
    );
    expect(latin1Html("<p>café ’</p>")).toBe("<p>café &#x2019;</p>");
    expect(/[^\u0000-\u00ff]/.test(escapeHtml("Asia’s"))).toBe(false);
  });
});
