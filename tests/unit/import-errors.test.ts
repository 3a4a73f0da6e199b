import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/audit.ts';
import { parseBackup } from '../../lib/library/library.ts';
import { parseProfilesFile } from '../../lib/profiles/store.ts';

const report = auditText('# Security at Zentrik\n\n## Compliance\n\nWe hold a SOC 2 Type II report.\n\nContact security@zentrik.ai', 'https://zentrik.ai/security', { force: true });
const backup = (snapshot: Record<string, unknown>, vendors: unknown = [{ domain: 'zentrik.ai', name: 'Zentrik', firstSavedAt: '2026-03-02T10:00:00Z', lastCapturedAt: '2026-03-02T10:00:00Z', latestSnapshotId: 's1', previousSnapshotId: null, snapshotCount: 1 }]) =>
  JSON.stringify({ format: 'vetter-library', version: 1, exportedAt: '2026-03-02T10:00:00Z', vendors, snapshots: [{ id: 's1', domain: 'zentrik.ai', url: 'https://zentrik.ai/security', capturedAt: '2026-03-02T10:00:00Z', contentHash: 'h', report, ...snapshot }] });
const messageOf = (fn: () => unknown) => { try { fn(); } catch (e) { return (e as Error).message; } throw new Error('no error'); };

describe('import errors in the buyer’s words', () => {
  it('a backup whose snapshot names an unknown control: which file, which snapshot, what is wrong, what to do', () => {
    const bad = { report: { ...report, controls: { ...report.controls, quantum_crypto: { status: 'implemented', attributes: {}, qualifiers: [] } } } };
    expect(() => parseBackup(backup({}), 'backup.json')).not.toThrow();
    const message = messageOf(() => parseBackup(backup(bad), 'backup.json'));
    expect(message).toMatch(/^“backup\.json” cannot be imported: in snapshot 1 \(zentrik\.ai, saved 2026-03-02\), it names a control or value this version of Vetter does not know: “quantum_crypto”/);
    expect(message).toMatch(/Nothing was changed\. Import a backup exported by this version of Vetter, or remove that item/);
    expect(message).not.toMatch(/Unrecognized key|snapshots\.0|\(at /);
  });

  it('a list where an object belongs is said as such, not "expected object, received array"', () => {
    const message = messageOf(() => parseBackup(backup({ report: { ...report, controls: [] } }), 'backup.json'));
    expect(message).toMatch(/in snapshot 1 .*“controls” should be a group of fields but is a list/);
    expect(message).not.toMatch(/expected|received/);
  });

  it('a profiles file: the profile, the requirement and the rule by name', () => {
    const file = JSON.stringify({ format: 'vetter-profiles', version: 1, profiles: [{ id: 'eu-strict', name: 'EU strict', requirements: [{ control: 'soc2', rules: [{ key: 'report_type' }] }] }] });
    expect(messageOf(() => parseProfilesFile(file, 'mine.json'))).toMatch(/^“mine\.json” cannot be imported: in profile 1 \(“EU strict”\), requirement 1 \(SOC 2\), rule 1, a rule needs min, max, includes, equals or oneOf\. Nothing was imported\./);
    const unknown = JSON.stringify({ format: 'vetter-profiles', version: 1, profiles: [{ id: 'x', name: 'X', requirements: [{ control: 'quantum_crypto' }] }] });
    expect(messageOf(() => parseProfilesFile(unknown, 'mine.json'))).toMatch(/requirement 1, unknown control id "quantum_crypto"/);
  });

  it('a file that is not one at all says what to choose instead', () => {
    expect(messageOf(() => parseProfilesFile('{"format":"other","version":1,"profiles":[]}', 'x.json'))).toBe('“x.json” cannot be imported: not a Vetter profiles file. Nothing was imported. Choose a file made with Export my profiles.');
    expect(messageOf(() => parseBackup('not json', 'x.json'))).toMatch(/not JSON.*Nothing was changed/);
  });
});
