import { describe, expect, it } from "vitest";
import { productionUrlProblem, siteOrigin, usesSecureCookies } from "./site-url";

const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;

describe("the site's address", () => {
  it("makes session cookies Secure on https, and in production anywhere but this machine", () => {
    expect(usesSecureCookies(env({ NEXTAUTH_URL: "https://cities.example.com", NODE_ENV: "production" }))).toBe(true);
    expect(usesSecureCookies(env({ NEXTAUTH_URL: "https://cities.example.com", NODE_ENV: "development" }))).toBe(true);
    expect(usesSecureCookies(env({ NEXTAUTH_URL: "http://cities.example.com", NODE_ENV: "production" }))).toBe(true);
    expect(usesSecureCookies(env({ NEXTAUTH_URL: "http://127.0.0.1:3100", NODE_ENV: "production" }))).toBe(false);
    expect(usesSecureCookies(env({ NEXTAUTH_URL: "http://localhost:3000", NODE_ENV: "development" }))).toBe(false);
  });

  it("wants an explicit https NEXTAUTH_URL in production; plain http only with ALLOW_INSECURE_HTTP=1", () => {
    expect(productionUrlProblem(env({ NEXTAUTH_URL: "https://cities.example.com" }))).toBeNull();
    expect(productionUrlProblem(env({}))).toMatch(/NEXTAUTH_URL is not set/);
    expect(productionUrlProblem(env({ NEXTAUTH_URL: "http://localhost:3000" }))).toMatch(/https/);
    expect(productionUrlProblem(env({ NEXTAUTH_URL: "http://cities.example.com" }))).toMatch(/https/);
    expect(productionUrlProblem(env({ NEXTAUTH_URL: "http://localhost:3000", ALLOW_INSECURE_HTTP: "1" }))).toBeNull();
    expect(productionUrlProblem(env({ NEXTAUTH_URL: "http://localhost:3000", ALLOW_INSECURE_HTTP: "yes" }))).toMatch(/https/);
    expect(productionUrlProblem(env({ NEXTAUTH_URL: "not a url" }))).toMatch(/not a valid URL/);
  });

  it("names the origin JSON requests must come from", () => {
    expect(siteOrigin(env({ NEXTAUTH_URL: "https://cities.example.com/some/path" }))).toBe("https://cities.example.com");
    expect(siteOrigin(env({}))).toBeNull();
  });
});
