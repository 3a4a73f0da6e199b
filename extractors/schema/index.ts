export * from './controls.ts';
export * from './claim.ts';
export * from './report.ts';
export * from './resolve.ts';
export * from './certifications.ts';
