import { vendorKey } from '../vendor-identity.ts';

/**
 * v2: every snapshot re-keyed from its URL (lib/vendor-identity.ts), and the
 * vendor records rebuilt where a key changed. v1 keyed by the registrable
 * domain without private suffixes, or by a domain the page's text named, so
 * every SafeBase trust center sat under `safebase.io`, every `*.github.io`
 * page under `github.io`, and a page on an IP address under whichever vendor
 * it named. Mixed vendors are split; ordinary domains keep their key, record
 * and name. Raw IndexedDB with a cursor: one snapshot in memory at a time.
 */
interface Moved { id: string; from: string; to: string; capturedAt: string; name: string | null }
interface OldVendor { domain: string; name: string; firstSavedAt: string; [k: string]: unknown }
interface StoredSnapshot { id: string; domain: string; url: string; capturedAt: string; report?: { vendor?: { name?: string | null; domain?: string | null } } }

const byCaptured = (a: Moved, b: Moved) => a.capturedAt.localeCompare(b.capturedAt) || a.id.localeCompare(b.id);

export function rekeyVendors(_db: IDBDatabase, tx: IDBTransaction): void {
  // an exception in a request callback must abort the upgrade, never commit half of it
  const guard = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A) => {
    try { fn(...a); } catch (e) { console.error('library migration v2 failed', e); tx.abort(); }
  };
  const snapshots = tx.objectStore('snapshots');
  const vendors = tx.objectStore('vendors');
  const all: Moved[] = [];
  const cursor = snapshots.openCursor();
  cursor.onsuccess = guard(() => {
    const c = cursor.result;
    if (!c) { rebuild(); return; }
    const s = c.value as StoredSnapshot;
    const to = vendorKey(s.url, s.report?.vendor?.domain ?? null) ?? s.domain;
    all.push({ id: s.id, from: s.domain, to, capturedAt: s.capturedAt, name: s.report?.vendor?.name ?? null });
    if (to !== s.domain) c.update({ ...s, domain: to, ...(s.report ? { report: { ...s.report, vendor: { ...s.report.vendor, domain: to } } } : {}) });
    c.continue();
  });

  const rebuild = () => {
    const changedFrom = new Set(all.filter((m) => m.from !== m.to).map((m) => m.from));
    if (!changedFrom.size) return;
    const request = vendors.getAll();
    request.onsuccess = guard(() => {
      const old = new Map((request.result as OldVendor[]).map((v) => [v.domain, v]));
      const countFrom = new Map<string, number>();
      for (const m of all) countFrom.set(m.from, (countFrom.get(m.from) ?? 0) + 1);
      const groups = new Map<string, Moved[]>();
      for (const m of all) {
        const group = groups.get(m.to);
        if (group) group.push(m); else groups.set(m.to, [m]);
      }
      for (const domain of changedFrom) vendors.delete(domain);
      for (const [key, members] of groups) {
        if (!members.some((m) => changedFrom.has(m.from)) && !changedFrom.has(key)) continue;
        members.sort(byCaptured);
        const first = members[0]!;
        const latest = members.at(-1)!;
        // a record keeps its name (the buyer may have renamed it) when it keeps its key, or moved whole to a new one
        const sources = new Set(members.map((m) => m.from));
        const [only] = sources;
        const movedWhole = sources.size === 1 && members.length === countFrom.get(only!);
        const kept = (!changedFrom.has(key) ? old.get(key) : undefined) ?? (movedWhole ? old.get(only!) : undefined);
        vendors.put({
          domain: key,
          name: kept?.name ?? latest.name ?? key,
          firstSavedAt: kept && kept.firstSavedAt < first.capturedAt ? kept.firstSavedAt : first.capturedAt,
          lastCapturedAt: latest.capturedAt,
          latestSnapshotId: latest.id,
          previousSnapshotId: members.at(-2)?.id ?? null,
          snapshotCount: members.length,
        });
      }
    });
  };
}
