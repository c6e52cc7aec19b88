import { describe, expect, it } from "vitest";
import { clientAddress } from "./sign-in";
import { slowdownMs } from "./throttle";

describe("clientAddress", () => {
  it("takes the entry the nearest proxy appended, not what the client claimed before it", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
  });

  it("reads IPv4-mapped IPv6 as IPv4 and keeps IPv6", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
  });

  it("falls back to X-Real-IP, and ignores what is not an address", () => {
    expect(clientAddress({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(clientAddress({ "x-forwarded-for": "hello" })).toBeNull();
    expect(clientAddress({})).toBeNull();
  });
});

describe("slowdownMs", () => {
  it("waits longer with every failure, up to a ceiling", () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((failures) => slowdownMs(failures))).toEqual([0, 0, 500, 1_000, 2_000, 3_000, 3_000]);
  });

  it("slows down an address trying many accounts, at a quarter of the rate", () => {
    expect(slowdownMs(0, 8)).toBe(500);
    expect(slowdownMs(0, 19)).toBe(2_000);
  });
});
