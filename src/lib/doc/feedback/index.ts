/** Feedback rounds: surveys of the group, their answers (named or not), results and response. */
export * from './types';
export * from './values';
export * from './read';
export * from './records';
export * from './write';
export * from './answers';
export * from './response';
export * from './unnamed';
export * from './rules';
export * from './summary';
export * from './templates';
