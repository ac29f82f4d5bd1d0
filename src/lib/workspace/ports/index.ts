/* A workspace's ports (`ports.ts`), where a change came from, and the implementations that need no browser. */
export * from './ports';
export { changeSource, type ChangeSource } from './change-source';
export { MemoryDisk, MemoryStore } from './memory-store';
export { NoSync } from './no-sync';
export {
	MemoryNetwork,
	type Faults,
	type NetworkRandom,
	type NetworkStats
} from './memory-network';
export { MemorySync } from './memory-sync';
export { MemoryListings } from './memory-listings';
export { ManualClock } from './manual-clock';
export { MemoryDrafts } from './memory-drafts';
