/** Proposed amendments of documents: their records, the checks of their change, and drafts. */
export * from './types';
export * from './read';
export * from './write';
export * from './change';
export * from './fork';
