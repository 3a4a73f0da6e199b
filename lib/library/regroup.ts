import { vendorKey } from '../vendor-identity.ts';
import type { Snapshot, Vendor } from './schema.ts';

/**
 * A backup's snapshots grouped by the key of their vendor, re-keyed from each
 * snapshot's URL (lib/vendor-identity.ts): a backup written before vendors were
 * keyed by who they are may hold two SafeBase trust centers under `safebase.io`.
 * A vendor record keeps its name when its key is unchanged or all of it moved
 * to one new key; a vendor split apart is named by each part's latest report.
 * One pass over the snapshots.
 */
export interface VendorGroup {
  domain: string;
  name: string;
  firstSavedAt?: string;
  snapshots: Snapshot[];
}

export function regroupByVendor(vendors: readonly Vendor[], snapshots: readonly Snapshot[]): VendorGroup[] {
  const records = new Map(vendors.map((v) => [v.domain, v]));
  const countFrom = new Map<string, number>();
  const groups = new Map<string, { snapshots: Snapshot[]; from: Set<string> }>();
  for (const original of snapshots) {
    countFrom.set(original.domain, (countFrom.get(original.domain) ?? 0) + 1);
    const key = vendorKey(original.url, original.report.vendor.domain) ?? original.domain;
    const s = key === original.domain ? original : { ...original, domain: key, report: { ...original.report, vendor: { ...original.report.vendor, domain: key } } };
    const group = groups.get(key);
    if (group) { group.snapshots.push(s); group.from.add(original.domain); } else groups.set(key, { snapshots: [s], from: new Set([original.domain]) });
  }
  const moved = new Set([...groups].flatMap(([key, g]) => [...g.from].filter((d) => d !== key)));
  return [...groups].map(([domain, g]) => {
    const [only] = g.from;
    const kept = (!moved.has(domain) ? records.get(domain) : undefined) ?? (g.from.size === 1 && g.snapshots.length === countFrom.get(only!) ? records.get(only!) : undefined);
    const latest = g.snapshots.reduce((a, b) => (b.capturedAt > a.capturedAt ? b : a));
    return { domain, name: kept?.name ?? latest.report.vendor.name ?? domain, ...(kept ? { firstSavedAt: kept.firstSavedAt } : {}), snapshots: g.snapshots };
  });
}
