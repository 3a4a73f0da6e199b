export * from './schema/index.ts';
export type { Block, BlockKind, TableCell } from './blocks/block.ts';
export { blocksFromDom } from './blocks/from-dom.ts';
export { blocksFromText } from './blocks/from-text.ts';
export { recogniseStage1, recognise, type PageHead, type Stage1 } from './recognise/recognise.ts';
export { auditPage, auditPageWithText, auditDocument, auditDocumentWithText, auditText, headOfDocument, type AuditOptions, type AuditResult, type PageInput } from './audit.ts';
