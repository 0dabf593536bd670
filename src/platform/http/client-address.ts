import { BlockList, isIP } from 'node:net';

/**
 * The client's address, for sign-in limits, sessions and logs. `X-Forwarded-For` is only believed from a
 * trusted proxy (STEWARD_TRUSTED_PROXIES, default loopback): walking it from the right, each hop a trusted
 * proxy added is skipped, and the first hop that is not a trusted proxy is the client. Hops to its left were
 * written by the client itself and prove nothing — taking the leftmost let anyone pick an address, dodge the
 * per-address sign-in limit and lock someone else's address out.
 */
export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.1/8', '::1'] as const;

/** Parses `127.0.0.1/8`, `10.0.0.0/8`, `::1`, `fd00::/8` …; throws with the bad entry named. */
export function trustedProxies(specs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of specs) {
    const spec = raw.trim();
    if (!spec) continue;
    const [address = '', prefixText] = spec.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!family || !/^\d{1,3}$/.test(prefixText ?? `${max}`) || prefix > max)
      throw new Error(
        `STEWARD_TRUSTED_PROXIES: "${spec}" is not an IP address or CIDR range (like 10.0.0.0/8 or ::1).`,
      );
    list.addSubnet(address, prefix, family === 4 ? 'ipv4' : 'ipv6');
  }
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** A forwarded hop may carry a port (`1.2.3.4:5678`, `[::1]:80`); the address is what counts. */
function hopAddress(hop: string): string {
  const h = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (bracketed) return bracketed[1] ?? '';
  const v4port = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(h);
  return v4port ? (v4port[1] ?? '') : h;
}

export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trusted: BlockList,
): string {
  const direct = peer || 'unknown';
  if (!forwardedFor || !isTrusted(trusted, direct)) return direct;
  const hops = forwardedFor.split(',').map(hopAddress).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string;
    // Garbage where an address should be: the chain cannot be read further; the last sure address stands.
    if (!isIP(hop)) return i === hops.length - 1 ? direct : (hops[i + 1] as string);
    if (!isTrusted(trusted, hop)) return hop;
  }
  // Every hop is a trusted proxy (a request from the proxy's own host): the leftmost is the origin.
  return hops[0] ?? direct;
}
