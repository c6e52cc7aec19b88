import { createElement } from "react";
import { renderToStaticMarkup as html } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, ButtonLink } from "./button";
import { ScriptForm } from "./script-form";

describe("the dashboard's button", () => {
  it("is a plain button unless told to submit", () => {
    expect(html(createElement(Button, null, "Save"))).toMatch(/^<button type="button"[^>]*>Save<\/button>$/);
    expect(html(createElement(Button, { type: "submit" }, "Save"))).toContain('type="submit"');
  });

  it("while pending stays focusable, says so, and shows the pending label", () => {
    const pending = html(createElement(Button, { isPending: true, pendingLabel: "Saving…" }, "Save"));
    expect(pending).toContain('aria-disabled="true"');
    expect(pending).not.toMatch(/\sdisabled=/);
    expect(pending).toContain(">Saving…</button>");
    expect(html(createElement(Button, null, "Save"))).not.toContain("aria-disabled");
  });

  it("marks its variant and size for its styles, and a toggle by aria-pressed only", () => {
    expect(html(createElement(Button, { variant: "danger", size: "small" }, "Delete"))).toMatch(/data-variant="danger" data-size="small"/);
    expect(html(createElement(Button, { variant: "toggle", "aria-pressed": true }, "Preview"))).not.toContain("data-variant");
  });

  it("as a link: a client-side link, or a plain one that loads the page afresh", () => {
    const link = html(createElement(ButtonLink, { href: "/admin/cities/new", variant: "primary" }, "New city"));
    expect(link).toMatch(/^<a [^>]*>New city<\/a>$/);
    expect(link).toContain('href="/admin/cities/new"');
    expect(link).toContain('data-variant="primary"');
    const plain = html(createElement(ButtonLink, { plain: true, href: "/admin", target: "_blank" }, "Retry"));
    expect(plain).toMatch(/^<a [^>]*>Retry<\/a>$/);
    expect(plain).toContain('target="_blank"');
    expect(plain).not.toContain("plain");
  });
});

describe("a form that needs JavaScript", () => {
  it("has its controls disabled in the server's HTML, so nothing is typed or sent before hydration", () => {
    const early = html(createElement(ScriptForm, null, createElement("input", { name: "email" }), createElement(Button, { type: "submit" }, "Sign in")));
    expect(early).toMatch(
      /^<form><fieldset disabled="" role="none" class="[^"]+"><input name="email"\/><button type="submit"[^>]*>Sign in<\/button><\/fieldset><\/form>$/,
    );
  });
});
