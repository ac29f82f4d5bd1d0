/** Reactive bridges from workspaces to the interface: the only layer components read state from. */
export { WorkspaceList } from './workspace-list.svelte';
export { WorkspaceSession, type DocumentBody } from './workspace-session.svelte';
export type { SaveState, Durability, WorkspaceEntry } from '../persistence';
export type { DocumentId, DocumentSummary, WorkspaceId } from '../doc';
export { asDocumentId, asWorkspaceId, MAX_NAME_LENGTH } from '../doc';
export { getSession, setSession } from './session-context';
