/** Debug aid: npx tsx scripts/grep-page.ts FILE REGEX — the units of a page whose text matches, with their context. */
import { readPage } from './lib/read-page.ts';
import { blocksFromDom } from '../extractors/blocks/from-dom.ts';
import { blocksFromText } from '../extractors/blocks/from-text.ts';
import { buildUnits } from '../extractors/units.ts';

const [file, pattern] = process.argv.slice(2);
const page = await readPage(file!);
const blocks = page.kind === 'html' ? blocksFromDom(page.document) : blocksFromText(page.text);
const re = new RegExp(pattern!, 'i');
for (const u of buildUnits(blocks)) if (re.test(u.text)) console.log(`[${u.block.kind}${u.suppressed ? ' SUPPRESSED' : ''}${u.contextStatus ? ` ctx=${u.contextStatus}` : ''}${u.rowStatus ? ` row=${u.rowStatus}` : ''}] ${u.text}\n    ‹ ${u.topic.slice(0, 120)}`);
