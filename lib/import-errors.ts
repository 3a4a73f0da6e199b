import type { z } from '../extractors/schema/zod.ts';
import { CONTROLS, type ControlId } from '../extractors/schema/index.ts';

/**
 * Why a file cannot be imported, in the buyer's words: which item of the file,
 * what is wrong with it, and what to do. Translates zod's issues (paths such
 * as snapshots.0.report.controls and messages such as "expected object,
 * received array") into the names a buyer knows from the screens.
 */
export type FileKind = 'library' | 'profiles';

type Path = readonly PropertyKey[];

const at = (json: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), json);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

const KIND_OF: Record<string, string> = { object: 'a group of fields', record: 'a group of fields', map: 'a group of fields', array: 'a list', string: 'text', number: 'a number', boolean: 'yes or no (true / false)', null: 'empty (null)', undefined: 'missing' };
const kindOf = (v: unknown) => KIND_OF[v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v] ?? typeof v;

const controlLabel = (id: unknown) => (typeof id === 'string' && id in CONTROLS ? CONTROLS[id as ControlId].label : null);

/** The item of the file a path points into: "the snapshot of zentrik.ai saved 2026-03-02", "the profile “EU strict”, requirement SOC 2". */
export function itemAt(json: unknown, path: Path): string {
  const [top, i, ...rest] = path;
  if (top === 'snapshots' && typeof i === 'number') {
    const s = at(json, [top, i]);
    const domain = str(at(s, ['domain'])) ?? str(at(s, ['report', 'vendor', 'domain']));
    const date = /^\d{4}-\d{2}-\d{2}/.exec(str(at(s, ['capturedAt'])) ?? '')?.[0];
    return `snapshot ${i + 1}${domain ? ` (${domain}${date ? `, saved ${date}` : ''})` : ''}`;
  }
  if (top === 'vendors' && typeof i === 'number') {
    const v = at(json, [top, i]);
    return `vendor ${i + 1}${str(at(v, ['name'])) ?? str(at(v, ['domain'])) ? ` (${str(at(v, ['name'])) ?? str(at(v, ['domain']))})` : ''}`;
  }
  if (top === 'profiles' && typeof i === 'number') {
    const name = str(at(json, [top, i, 'name'])) ?? str(at(json, [top, i, 'id']));
    let item = `profile ${i + 1}${name ? ` (“${name}”)` : ''}`;
    if (rest[0] === 'requirements' && typeof rest[1] === 'number') {
      const label = controlLabel(at(json, [top, i, 'requirements', rest[1], 'control']));
      item += `, requirement ${rest[1] + 1}${label ? ` (${label})` : ''}`;
      if (rest[2] === 'rules' && typeof rest[3] === 'number') item += `, rule ${rest[3] + 1}`;
    }
    return item;
  }
  return 'the file itself';
}

/** The field a path ends on, named as a buyer reads it. */
function fieldAt(path: Path): string | null {
  const last = [...path].reverse().find((k) => typeof k === 'string') as string | undefined;
  if (!last) return null;
  return controlLabel(last) ?? last.replace(/([a-z])([A-Z])/g, '$1 $2').replaceAll('_', ' ').toLowerCase();
}

/** What is wrong, in words. */
function problemOf(issue: z.core.$ZodIssue, json: unknown): string {
  const field = fieldAt(issue.path);
  // our own schema messages are written for the buyer already ("not a Vetter library file"); zod's own start "Invalid"
  if (!/^Invalid/.test(issue.message) && issue.code !== 'unrecognized_keys') return issue.message;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `“${k}”`).join(', ');
      const inControls = issue.path.at(-1) === 'controls' || issue.path.at(-1) === 'attributes';
      return inControls ? `it names ${issue.keys.length === 1 ? 'a control or value' : 'controls or values'} this version of Vetter does not know: ${keys}` : `it has ${issue.keys.length === 1 ? 'a field' : 'fields'} this version of Vetter does not know: ${keys}`;
    }
    case 'invalid_type': {
      const value = at(json, issue.path);
      if (value === undefined) return `${field ? `“${field}”` : 'a field'} is missing`;
      return `${field ? `“${field}”` : 'a value'} should be ${KIND_OF[issue.expected] ?? issue.expected} but is ${kindOf(value)}`;
    }
    case 'invalid_value':
      if (issue.path.at(-1) === 'control') return `it names a control this version of Vetter does not know: ${JSON.stringify(at(json, issue.path))}`;
      if (issue.values.length > 6) return `${field ? `“${field}”` : 'a value'} is ${JSON.stringify(at(json, issue.path))}, which this version of Vetter does not know`;
      return `${field ? `“${field}”` : 'a value'} is ${JSON.stringify(at(json, issue.path))}, which is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `${field ? `“${field}”` : 'a value'} is not a valid ${issue.format === 'datetime' ? 'date and time' : issue.format}`;
    case 'too_small':
    case 'too_big':
    default:
      return `${field ? `“${field}”: ` : ''}${issue.message.replace(/^Invalid input: /, '')}`;
  }
}

const WHAT_TO_DO: Record<FileKind, string> = {
  library: 'Nothing was changed. Import a backup exported by this version of Vetter, or remove that item from the file and import it again.',
  profiles: 'Nothing was imported. Correct that item in the file, or export the profile again from Vetter, and import it again.',
};

const WHOLE_FILE: Record<FileKind, string> = {
  library: 'Nothing was changed. Choose a file made with Export library.',
  profiles: 'Nothing was imported. Choose a file made with Export my profiles.',
};

/** One message for a file that failed its schema: the file, the first problem (and how many more), what to do. */
export function explainImportError(kind: FileKind, fileName: string | null, error: z.ZodError, json: unknown): string {
  const [first, ...more] = error.issues;
  const file = fileName ? `“${fileName}”` : 'The file';
  if (!first) return `${file} cannot be imported. ${WHAT_TO_DO[kind]}`;
  const item = itemAt(json, first.path);
  const others = more.length ? ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})` : '';
  // a file that is not one at all: its other problems follow from that one
  if (item === 'the file itself') return `${file} cannot be imported: ${problemOf(first, json)}. ${WHOLE_FILE[kind]}`;
  return `${file} cannot be imported: in ${item}, ${problemOf(first, json)}${others}. ${WHAT_TO_DO[kind]}`;
}
