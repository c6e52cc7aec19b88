import { describe, expect, it } from "vitest";
import { createNonce, dashboardContentSecurityPolicy } from "./dashboard-csp";

describe("the dashboard's Content Security Policy", () => {
  const policy = dashboardContentSecurityPolicy("abc123", { isDevelopment: false, isHttps: true });
  const directive = (name: string) => policy.split("; ").find((entry) => entry.startsWith(`${name} `));

  it("runs only scripts carrying this response's nonce, and never inline or eval'd code in production", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("forbids plugins, base rewriting, framing and posting forms elsewhere", () => {
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("allows what development's hot reloading needs only in development, and no https upgrade on http", () => {
    const development = dashboardContentSecurityPolicy("abc123", { isDevelopment: true, isHttps: false });
    expect(development).toContain("'unsafe-eval'");
    expect(development).not.toContain("upgrade-insecure-requests");
  });

  it("makes a different nonce every time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
