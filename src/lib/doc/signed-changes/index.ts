/** Signed changes: what an update touches, what each role may write, and the ledger that judges. */
export * from './touches';
export * from './write-rules';
export * from './ledger';
export * from './burst';
