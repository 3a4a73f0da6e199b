import type { AuditReport } from '../../extractors/index.ts';
import type { PageInfo } from '../../lib/messaging.ts';
import { ageOf } from '../../lib/dates.ts';
import { platformMessage } from '../../extractors/platforms/detect.ts';

export function PageHeader({ info, report }: { info: PageInfo; report: AuditReport | null }) {
  const vendor = report?.vendor.name ?? report?.vendor.domain ?? null;
  return (
    <header className="page-header">
      <h1 data-testid="vendor">{vendor ?? info.title ?? 'Untitled page'}</h1>
      <p className="muted" data-testid="page-url" title={info.url}>{report?.vendor.domain ?? safeHost(info.url)} · {info.title}</p>
      {report?.lastUpdated && (
        <p className="muted" data-testid="last-updated">Page last updated {report.lastUpdated} ({ageOf(report.lastUpdated, new Date())})</p>
      )}
      {info.platform && <p className="platform" data-testid="platform" data-platform={info.platform.id} title={info.platform.signals.join('; ')}>{platformMessage(info.platform)}</p>}
      <p className="muted" data-testid="text-size">{Math.round(info.textLength / 100) / 10} k characters of text read locally</p>
    </header>
  );
}

function safeHost(url: string) {
  try { return new URL(url).host; } catch { return url; }
}
