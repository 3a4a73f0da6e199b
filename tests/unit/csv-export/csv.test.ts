import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../../extractors/index.ts';
import { compareVendors, type CompareVendor } from '../../../lib/compare.ts';
import { CHECKLIST_HEADER, checklistCsv } from '../../../lib/csv/checklist.ts';
import { comparisonCsv, comparisonWideCsv } from '../../../lib/csv/comparison.ts';
import { CONTROL_IDS, CONTROLS, QUALIFIERS, STATUSES } from '../../../extractors/schema/index.ts';
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

/** A catalog id or any snake_case word: none may reach a cell a buyer reads (URLs aside). */
const SNAKE = /\b[a-z0-9]+_[a-z0-9_]+\b/;
const VERDICTS = new Set(['met', 'failed', 'partial', 'unknown']);
/** The catalog's ids: controls, statuses, hedges, attribute keys and enum values. */
const CATALOG_IDS = new Set<string>([...CONTROL_IDS, ...STATUSES, ...QUALIFIERS, ...Object.values(CONTROLS).flatMap((c) => Object.keys(c.attributes)), 'public_models', 'all_models']);
/** Cells holding a snake_case word, URLs aside; a quote is page text, so there only a catalog id counts. */
const cellsWithIds = (rows: string[][]) => {
  const quote = rows[0]!.indexOf('quote');
  return rows.flatMap((r) => r.filter((cell, i) => {
    if (/^https?:\/\//.test(cell)) return false;
    const words = cell.match(new RegExp(SNAKE, 'g')) ?? [];
    return i === quote ? words.some((w) => CATALOG_IDS.has(w)) : words.length > 0;
  }));
};

describe('checklist CSV', () => {
  const report = reportOf('zentrik');
  const rows = read(checklistCsv({ report, profile: ENTERPRISE, sourceUrl: 'https://zentrik.ai/security', capturedAt: '2026-11-23T10:00:00.000Z' }));
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const row = (label: string) => rows.find((r) => r[col('requirement')] === label)!;
  const body = rows.slice(1);

  it('has its header, then one row per requirement in profile order, then the other claims', () => {
    expect(header).toEqual([...CHECKLIST_HEADER]);
    expect(header.slice(0, 4)).toEqual(['vendor', 'domain', 'page URL', 'captured (or audited) date']);
    expect(body.slice(0, ENTERPRISE.requirements.length).map((r) => r[col('requirement')])).toEqual(ENTERPRISE.requirements.map((r) => CONTROLS[r.control].label));
    const others = body.slice(ENTERPRISE.requirements.length);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r[col('verdict')] === '' && r[col('required')] === 'not a requirement of the profile')).toBe(true);
    expect(body.every((r) => r[col('vendor')] === 'Zentrik' && r[col('domain')] === 'zentrik.ai' && r[col('page URL')] === 'https://zentrik.ai/security' && r[col('captured (or audited) date')] === '2026-11-23')).toBe(true);
  });

  it('says what the page says in the buyer’s words: SOC 2 in progress (partial), backups kept 5 days (failed), ISO 27001 unknown', () => {
    expect(row('SOC 2')[col('verdict')]).toBe('partial');
    expect(row('SOC 2')[col('what the page says')]).toBe('in progress');
    expect(row('SOC 2')[col('required')]).toBe('in place, Type II');
    expect(row('Backups')[col('verdict')]).toBe('failed');
    expect(row('Backups')[col('value')]).toContain('kept 5 days');
    expect(row('Backups')[col('quote')]).toMatch(/5-day retention/);
    expect(row('ISO/IEC 27001')[col('verdict')]).toBe('unknown');
    expect(row('ISO/IEC 27001')[col('what the page says')]).toBe('nothing');
    expect(row('ISO/IEC 27001')[col('quote')]).toBe('');
  });

  it('shows a hedge with the words that gave it, and a table-row quote without cell separators', () => {
    expect(row('Incident response')[col('hedges')]).toBe('conditional: “where required by law”');
    expect(row('Incident response')[col('quote')]).toContain('where required by law');
    expect(body.every((r) => !r[col('quote')]!.includes(' | '))).toBe(true);
    expect(row('Backups')[col('quote')]).toMatch(/^Backups and export; 30-day SLA; /);
  });

  it('uses only the four verdict words and no catalog id in any cell', () => {
    expect(body.map((r) => r[col('verdict')]).filter(Boolean).every((v) => VERDICTS.has(v!))).toBe(true);
    expect(cellsWithIds(rows)).toEqual([]);
  });

  it('fills the date even before the page is saved: the audit date', () => {
    const unsaved = read(checklistCsv({ report, profile: ENTERPRISE, sourceUrl: 'https://zentrik.ai/security', capturedAt: null, auditedAt: '2026-12-01T08:00:00Z' }));
    expect(unsaved.slice(1).every((r) => r[3] === '2026-12-01')).toBe(true);
  });

  it('names the MVSP v3.0 control and CCM v4 domain of each row', () => {
    expect(row('Single sign-on')[col('frameworks')]).toBe('MVSP 2.1 Single Sign-On; CSA CCM IAM Identity & Access Management');
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

  it('writes the long form: one row per vendor × requirement, the checklist’s columns, with quote, URL and date', () => {
    const matrix = compareVendors(vendors, ENTERPRISE, 'required');
    const rows = read(comparisonCsv(matrix, ENTERPRISE));
    expect(rows[0]).toEqual([...CHECKLIST_HEADER]);
    expect(rows).toHaveLength(1 + 15 * vendors.length);
    const at = (vendor: string, requirement: string) => rows.find((r) => r[0] === vendor && r[4] === requirement)!;
    const backups = at('Zentrik', 'Backups');
    expect(backups[2]).toBe(fixture('zentrik').meta.url);
    expect(backups[3]).toBe('2026-11-23');
    expect(backups[6]).toBe('failed');
    expect(backups[11]).toMatch(/5-day retention/);
    expect(at(vendors[1]!.name, 'SOC 2')[6]).toBe('failed');
    expect(cellsWithIds(rows)).toEqual([]);
  });

  it('writes the wide sheet: one verdict column per vendor', () => {
    const rows = read(comparisonWideCsv(compareVendors(vendors, ENTERPRISE, 'required')));
    expect(rows[0]).toEqual(['requirement', 'required', ...vendors.map((v) => v.name)]);
    const backups = rows.find((r) => r[0] === 'Backups')!;
    expect(backups[2]).toBe('failed');
    expect(rows.slice(1).flatMap((r) => r.slice(2)).every((v) => VERDICTS.has(v))).toBe(true);
  });
});

describe('file names', () => {
  it('are safe on every OS', () => {
    expect(csvFileName('checklist', 'Zentrik', new Date('2026-11-23T10:00:00Z'))).toBe('vetter-checklist-zentrik-2026-11-23.csv');
    expect(csvFileName('comparison', '../Müller & Söhne: <AG>', new Date('2026-11-23T10:00:00Z'))).toBe('vetter-comparison-muller-sohne-ag-2026-11-23.csv');
    expect(csvFileName('checklist', '///', new Date('2026-11-23T10:00:00Z'))).toBe('vetter-checklist-vendor-2026-11-23.csv');
  });
});
