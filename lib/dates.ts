/** "2026-04-03" or "2026-04" → "7 months ago", for a page's "last updated" date. */
export function ageOf(isoDate: string, now: Date): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m) return 'date unknown';
  const then = Date.UTC(y, m - 1, d ?? 1);
  const days = Math.floor((now.getTime() - then) / 86_400_000);
  if (days < 0) return 'in the future';
  if (days < 1) return 'today';
  if (days < 60) return `${days} day${days === 1 ? '' : 's'} ago`;
  const months = Math.floor(days / 30.44);
  if (months < 24) return `${months} months ago`;
  return `${Math.floor(months / 12)} years ago`;
}

/** "2026-12-01 21:40 CET": a moment in the buyer's own time zone, with the zone named so it is never mistaken for UTC. */
export function localDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short', ...(timeZone ? { timeZone } : {}) }).formatToParts(d);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/** "1 vendor", "3 snapshots". */
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
