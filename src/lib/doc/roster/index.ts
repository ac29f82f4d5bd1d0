/** The signed roster: its log in the workspace and the rules every copy computes it by. */
export * from './log';
export * from './resolve';
