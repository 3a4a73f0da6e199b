import type { Change } from '../lib/diff/index.ts';

const CLASS_LABEL = { regression: 'Regression', improvement: 'Improvement', neutral: 'Change' } as const;
const CLASS_ORDER = { regression: 0, improvement: 1, neutral: 2 } as const;

/** What changed between two snapshots, regressions first; each row says its class in words, not only in colour. */
export function ChangeList({ changes }: { changes: readonly Change[] }) {
  const sorted = [...changes].sort((a, b) => CLASS_ORDER[a.classification] - CLASS_ORDER[b.classification]);
  return (
    <ul className="changes" data-testid="changes">
      {sorted.map((c, i) => (
        <li key={`${c.control}-${c.kind}-${c.attribute ?? c.qualifier ?? ''}-${i}`} data-control={c.control} data-kind={c.kind} data-classification={c.classification} className={`change change-${c.classification}`}>
          <span className={`change-label change-label-${c.classification}`}>{CLASS_LABEL[c.classification]}</span> {c.summary}
        </li>
      ))}
    </ul>
  );
}
