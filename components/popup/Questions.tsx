import { useState } from 'react';
import type { AuditReport } from '../../extractors/schema/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { questionsFor, questionsText } from '../../lib/questions.ts';
import { copyText } from '../clipboard.ts';

/** The questions to send the vendor, one per requirement not met, and a button that copies them as plain text. */
export function Questions({ report, profile }: { report: AuditReport; profile: Profile }) {
  const [copied, setCopied] = useState<string | null>(null);
  const questions = questionsFor(report, profile);
  if (!questions.length) return null;
  const copy = async () => setCopied((await copyText(questionsText(questions))) ? `Copied ${questions.length} question${questions.length === 1 ? '' : 's'}.` : 'Could not copy: select the questions and copy them by hand.');
  return (
    <section className="questions" aria-label="Questions for the vendor" data-testid="questions">
      <div className="row-head">
        <h2>Questions for the vendor ({questions.length})</h2>
        <button type="button" className="button" data-testid="copy-questions" onClick={() => void copy()}>Copy questions</button>
      </div>
      <span className="muted small" role="status" data-testid="copy-status">{copied}</span>
      <details className="fold">
        <summary>Show the questions</summary>
        <ol className="question-list" data-testid="question-list">{questions.map((q) => <li key={q}>{q}</li>)}</ol>
      </details>
    </section>
  );
}
