import { describe, expect, it } from "vitest";
import { addressKey, clientAddressKey, trustedProxyHops } from "./client-address";
import { issueDeviceToken, trustedDeviceNonce } from "./device-cookie";
import { slowdownMs } from "./throttle";

describe("the client's address for the per-address limit", () => {
  it("with no proxy (TRUSTED_PROXY_HOPS=0) takes the address Next copied from the socket", () => {
    expect(clientAddressKey({ "x-forwarded-for": "203.0.113.9" }, 0)).toBe("203.0.113.9");
  });

  it("behind n proxies takes the entry the outermost one appended, not what the client claimed before it", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" });
    expect(clientAddressKey(headers, 2)).toBe("203.0.113.9");
    expect(clientAddressKey(headers, 1)).toBe("10.0.0.2");
    // Fewer entries than proxies (someone reached the app around a proxy): the leftmost, never a shared bucket.
    expect(clientAddressKey(headers, 5)).toBe("6.6.6.6");
  });

  it("groups IPv6 by /64 network, however the address is written, and reads IPv4-mapped IPv6 as IPv4", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
  });

  it("gives each unparseable value a bucket of its own instead of one that every such client shares", () => {
    const hello = addressKey("hello");
    expect(hello).toMatch(/^unparsed:/);
    expect(addressKey("hello")).toBe(hello);
    expect(addressKey("world")).not.toBe(hello);
    expect(clientAddressKey({}, 0)).toBeNull();
  });

  it("reads TRUSTED_PROXY_HOPS, defaulting to 0 for anything that is not a small whole number", () => {
    const env = (values: Record<string, string>) => values as unknown as NodeJS.ProcessEnv;
    expect(trustedProxyHops(env({}))).toBe(0);
    expect(trustedProxyHops(env({ TRUSTED_PROXY_HOPS: "2" }))).toBe(2);
    for (const value of ["-1", "1.5", "many", "1000"]) expect(trustedProxyHops(env({ TRUSTED_PROXY_HOPS: value }))).toBe(0);
  });
});

describe("device cookies", () => {
  const secret = "a-secret-for-device-cookie-tests-0123456789";

  it("trusts a token signed for this account, and only for this account", () => {
    const token = issueDeviceToken(7, secret);
    expect(trustedDeviceNonce([token], 7, secret)).toMatch(/^[\w-]{22}$/);
    expect(trustedDeviceNonce([token], 8, secret)).toBeNull();
    expect(trustedDeviceNonce([token], 7, "another-secret-of-the-same-length-0123456")).toBeNull();
  });

  it("refuses a token whose account, nonce or signature was changed", () => {
    const [, nonce, signature] = issueDeviceToken(7, secret).split(".");
    expect(trustedDeviceNonce([`8.${nonce}.${signature}`], 8, secret)).toBeNull();
    expect(trustedDeviceNonce([`7.${"A".repeat(22)}.${signature}`], 7, secret)).toBeNull();
    expect(trustedDeviceNonce([`7.${nonce}.${signature!.slice(0, -2)}AA`], 7, secret)).toBeNull();
    expect(trustedDeviceNonce(["garbage", "", "7..", `7.${nonce}`], 7, secret)).toBeNull();
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
