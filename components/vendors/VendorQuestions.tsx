import { useState } from 'react';
import type { AuditReport } from '../../extractors/schema/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { questionsFor, questionsText } from '../../lib/questions.ts';
import { copyText } from '../clipboard.ts';

/** A saved vendor's questions under the profile, from its latest snapshot, to copy into an email. */
export function VendorQuestions({ report, profile }: { report: AuditReport; profile: Profile }) {
  const [copied, setCopied] = useState<string | null>(null);
  const questions = questionsFor(report, profile);
  if (!questions.length) return <p className="muted" data-testid="vendor-questions">Every requirement of {profile.name} is met: nothing to ask.</p>;
  const copy = async () => setCopied((await copyText(questionsText(questions))) ? `Copied ${questions.length} question${questions.length === 1 ? '' : 's'}.` : 'Could not copy: select the questions and copy them by hand.');
  return (
    <section className="panel" aria-label="Questions for the vendor" data-testid="vendor-questions">
      <div className="toolbar">
        <h3>Questions for the vendor ({questions.length}) <span className="muted small">under {profile.name}, from the latest snapshot</span></h3>
        <button type="button" data-testid="copy-questions" onClick={() => void copy()}>Copy questions</button>
        <span className="muted small" role="status" data-testid="copy-status">{copied}</span>
      </div>
      <ol className="question-list" data-testid="question-list">{questions.map((q) => <li key={q}>{q}</li>)}</ol>
    </section>
  );
}
