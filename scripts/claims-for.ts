/** Debug aid: npm exec tsx scripts/claims-for.ts FILE CONTROL — every claim for one control, with its evidence. */
import { readPage } from './lib/read-page.ts';
import { auditDocument, auditText } from '../extractors/index.ts';

const [file, control] = process.argv.slice(2);
const page = await readPage(file!);
const report = page.kind === 'html' ? auditDocument(page.document, page.url, { force: true }) : auditText(page.text, file!, { force: true });
for (const c of report.claims.filter((c) => !control || c.control === control)) console.log(c.control, c.status, JSON.stringify(c.attributes), c.qualifiers.join(','), '|', c.evidence[0]);
