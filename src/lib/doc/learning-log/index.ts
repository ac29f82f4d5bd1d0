/** The learning log: what the group tried, what happened and what it learned, named or not. */
export * from './types';
export * from './values';
export * from './read';
export * from './write';
