/** Commitments members make to one another, their check-ins, and the rules of when they are due. */
export * from './types';
export * from './values';
export * from './read';
export * from './write';
export * from './anchor';
export * from './rules';
export * from './report';
export * from './saved-reports';
