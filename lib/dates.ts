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
