import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../extractors/index.ts';
import { compareVendors, type CompareVendor } from '../../../lib/compare.ts';
import { CHECKLIST_HEADER, checklistCsv } from '../../../lib/csv/checklist.ts';
import { comparisonCsv } from '../../../lib/csv/comparison.ts';
import { csvFileName } from '../../../lib/csv/filename.ts';
import { neutralise, toCsv } from '../../../lib/csv/write.ts';
import { PRESETS } from '../../../lib/profiles/presets.ts';
import { documentOf, loadFixtures } from '../../support/fixtures.ts';

const ENTERPRISE = PRESETS.find((p) => p.id === 'enterprise')!;
const read = (csv: string): string[][] => parse(csv, { bom: true, relax_column_count: false });
const fixture = (name: string) => loadFixtures().find((f) => f.name === name)!;
const reportOf = (name: string) => { const f = fixture(name); return auditDocument(documentOf(f.html, f.meta.url), f.meta.url); };

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting that reads back', () => {
    const rows = [['name', 'quote'], ['Zentrik', 'He said "yes", then\nleft'], ['Müller & Söhne', '日本語, ok']];
    const csv = toCsv(rows);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.match(/\r\n/g)).toHaveLength(3);
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv).toContain('"He said ""yes"", then\nleft"');
    expect(read(csv)).toEqual(rows);
  });

  it.each([
    ['=HYPERLINK("https://evil.example","x")'],
    ['+1 (555) 010-7788'],
    ['-2+3'],
    ['@SUM(A1:A9)'],
    ['\tcmd'],
    ['\rx'],
  ])('neutralises a cell a spreadsheet would run: %j', (cell) => {
    expect(read(toCsv([[cell]]))[0]![0]).toBe(`'${cell}`);
  });

  it('leaves every other cell exactly as it was', () => {
    for (const cell of ['SOC 2 Type II', "'quoted already", ' leading space', 'a=b', '100%', 'x-y']) expect(read(toCsv([[cell]]))[0]![0]).toBe(cell);
  });

  it('round-trips any table of strings, after neutralisation', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (rows) => {
      expect(read(toCsv(rows))).toEqual(rows.map((r) => r.map(neutralise)));
    }), { numRuns: 300 });
  });
});

describe('checklist CSV', () => {
  const report = reportOf('zentrik');
  const rows = read(checklistCsv({ report, profile: ENTERPRISE, sourceUrl: 'https://zentrik.ai/security', capturedAt: '2026-11-23T10:00:00.000Z' }));
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const row = (id: string) => rows.find((r) => r[col('control id')] === id)!;

  it('has its header, then one row per requirement in profile order, then the other claims', () => {
    expect(header).toEqual([...CHECKLIST_HEADER]);
    const body = rows.slice(1);
    expect(body.slice(0, ENTERPRISE.requirements.length).map((r) => r[col('control id')])).toEqual(ENTERPRISE.requirements.map((r) => r.control));
    const others = body.slice(ENTERPRISE.requirements.length);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r[col('requirement')] === '' && r[col('verdict')] === '')).toBe(true);
    expect(body.every((r) => r[col('source URL')] === 'https://zentrik.ai/security' && r[col('captured date')] === '2026-11-23')).toBe(true);
  });

  it('says what the page says: SOC 2 in progress (partial), backups kept 5 days (fail), ISO 27001 unknown', () => {
    expect(row('soc2')[col('verdict')]).toBe('partial');
    expect(row('soc2')[col('status')]).toBe('in_progress');
    expect(row('backups')[col('verdict')]).toBe('fail');
    expect(row('backups')[col('attributes')]).toContain('retention 5 days');
    expect(row('backups')[col('evidence')]).toMatch(/5-day retention/);
    expect(row('iso27001')[col('verdict')]).toBe('unknown');
    expect(row('iso27001')[col('status')]).toBe('unknown');
    expect(row('iso27001')[col('evidence')]).toBe('');
  });

  it('names the MVSP v3.0 control and CCM v4 domain of each row', () => {
    expect(row('sso')[col('MVSP v3.0')]).toBe('2.1 Single Sign-On');
    expect(row('sso')[col('CSA CCM v4')]).toBe('IAM Identity & Access Management');
  });
});

describe('comparison', () => {
  const vendors: CompareVendor[] = ['zentrik', 'zentralink', 'centrali'].map((name) => {
    const report = reportOf(name);
    return { domain: report.vendor.domain!, name: report.vendor.name!, report, capturedAt: '2026-11-23T00:00:00Z', url: fixture(name).meta.url };
  });

  it('puts the profile’s requirements first, in order, then what any vendor claims', () => {
    const matrix = compareVendors(vendors, ENTERPRISE, 'all');
    expect(matrix.rows.slice(0, 15).map((r) => r.control)).toEqual(ENTERPRISE.requirements.map((r) => r.control));
    expect(matrix.rows.slice(15).every((r) => !r.required && r.cells.some((c) => c.status !== null))).toBe(true);
    expect(matrix.rows.slice(15).every((r) => r.cells.every((c) => c.verdict === null))).toBe(true);
  });

  it('filters to failures and unknowns', () => {
    const failures = compareVendors(vendors, ENTERPRISE, 'failures');
    expect(failures.rows.map((r) => r.control)).toEqual(expect.arrayContaining(['backups', 'soc2']));
    expect(failures.rows.every((r) => r.cells.some((c) => c.verdict === 'fail'))).toBe(true);
    const unknowns = compareVendors(vendors, ENTERPRISE, 'unknowns');
    expect(unknowns.rows.every((r) => r.required && r.cells.some((c) => c.verdict === 'unknown'))).toBe(true);
    expect(unknowns.rows.map((r) => r.control)).toContain('iso27001');
  });

  it('writes the matrix as CSV: a row per control, three columns per vendor', () => {
    const matrix = compareVendors(vendors, ENTERPRISE, 'required');
    const rows = read(comparisonCsv(matrix));
    expect(rows[0]).toEqual(['control', 'control id', 'required', 'MVSP v3.0', 'CSA CCM v4', ...vendors.flatMap((v) => [`${v.name} status`, `${v.name} verdict`, `${v.name} attributes`])]);
    expect(rows).toHaveLength(1 + 15);
    const backups = rows.find((r) => r[1] === 'backups')!;
    expect(backups[3]).toBe('4.4 Backup and Disaster recovery');
    expect(backups[4]).toMatch(/^BCR /);
    expect(backups[5]).toBe('implemented'); // zentrik status
    expect(backups[6]).toBe('fail'); // zentrik verdict
  });
});

describe('file names', () => {
  it('are safe on every OS', () => {
    expect(csvFileName('checklist', 'Zentrik', new Date('2026-11-23T10:00:00Z'))).toBe('vetter-checklist-zentrik-2026-11-23.csv');
    expect(csvFileName('comparison', '../Müller & Söhne: <AG>', new Date('2026-11-23T10:00:00Z'))).toBe('vetter-comparison-muller-sohne-ag-2026-11-23.csv');
    expect(csvFileName('checklist', '///', new Date('2026-11-23T10:00:00Z'))).toBe('vetter-checklist-vendor-2026-11-23.csv');
  });
});
