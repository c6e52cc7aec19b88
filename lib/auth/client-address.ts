import { createHash } from "node:crypto";
import { isIP } from "node:net";

// The per-address sign-in limit needs the client's address. Next 16 gives route handlers no socket:
// it copies the socket's address into X-Forwarded-For only when the request carries none
// (`??=` in next/dist/server/base-server.js). Each proxy in front appends the address it saw, so
// with TRUSTED_PROXY_HOPS=n proxies the client is the n-th entry from the right, and everything
// left of it is whatever the client claimed. With no proxy (0, the default) the last entry is
// Next's copy of the socket address, unless the client sent the header itself: then it picks its
// own bucket, and only the per-account and per-device limits hold (docs/security.md, "Throttling").

const MAX_HOPS = 10;

export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= MAX_HOPS ? hops : 0;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  const value = headers instanceof Headers ? (headers.get(name) ?? undefined) : headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The throttling key of the client's address: an IPv4 address, an IPv6 /64 network (one household
 * or one server gets a whole /64, so a single client must not get 2^64 buckets), or, for a value
 * that is no address at all, a key of its own derived from it, so that garbage never lands in a
 * bucket that everyone shares. Null when the request names no address.
 */
export function clientAddressKey(headers: HeaderSource, hops: number = trustedProxyHops()): string | null {
  const entries = (readHeader(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const chosen = entries[Math.max(0, entries.length - Math.max(hops, 1))]!;
  return addressKey(chosen);
}

export function addressKey(raw: string): string {
  const address = raw.replace(/^\[(.*)\](:\d+)?$/, "$1").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped && isIP(mapped) === 4) return mapped;
  if (isIP(address) === 4) return address;
  if (isIP(address) === 6) return `${ipv6Network64(address)}::/64`;
  return `unparsed:${createHash("sha256").update(raw).digest("base64url").slice(0, 22)}`;
}

/** The first four groups of an IPv6 address, written out in full ("2001:db8:0:0"). */
function ipv6Network64(address: string): string {
  let text = address.toLowerCase();
  const ipv4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (ipv4Tail) {
    const [a, b, c, d] = ipv4Tail.split(".").map(Number) as [number, number, number, number];
    text = text.slice(0, -ipv4Tail.length) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail !== undefined && tail !== "" ? tail.split(":") : [];
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
  return groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":");
}
