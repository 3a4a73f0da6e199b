/**
 * RFC 4180 CSV for spreadsheets: every cell quoted when it must be, CRLF line
 * ends, UTF-8 with a byte-order mark (Excel reads accents right only with it).
 * Page text is hostile: a cell a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) is prefixed with ' so it stays
 * text. A negative number is neutralised too: safety over fidelity.
 */
export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function field(value: CsvCell): string {
  const text = neutralise(value === null || value === undefined ? '' : String(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
