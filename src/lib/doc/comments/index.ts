/** Comment threads on passages of documents: their records and the marks of their passages. */
export * from './types';
export * from './read';
export * from './write';
export * from './marks';
