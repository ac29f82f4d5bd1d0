/** The workspace schema on Yjs: what every other layer reads and writes through. */
export * from './ids';
export * from './schema';
export * from './meta';
export * from './rich-text';
export * from './body';
export * from './documents';
export * from './initialize';
export * from './templates';
export * from './observe';
export * from './members';
export * from './authors';
export * from './remote-changes';
export * from './versions';
export * from './decision-rules';
export * from './decisions';
export * from './update-check';
export * from './migrations';
