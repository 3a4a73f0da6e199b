/** A file name any OS accepts: "vetter-checklist-zentrik-2026-11-23.csv". */
export function csvFileName(kind: 'checklist' | 'comparison', name: string, date: Date): string {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'vendor';
  return `vetter-${kind}-${slug}-${date.toISOString().slice(0, 10)}.csv`;
}
