/** Keeping workspaces on this device: the registry, the per-workspace store and its save state. */
export * from './registry';
export * from './local-store';
export * from './save-state';
export * from './durable-storage';
export * from './device-settings';
export { LocalDataError, type LocalDataProblem } from './stored-records';
export * from './damaged-data';
export * from './drafts';
export * from './private-keys';
export * from './device-key-store';
export * from './envelope-store';
