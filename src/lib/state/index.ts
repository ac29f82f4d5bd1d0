/** Reactive bridges from workspaces to the interface: the only layer components read state from. */
export { WorkspaceList } from './workspace-list.svelte';
export { WorkspaceSession, type DocumentBody, type ExportTexts } from './workspace-session.svelte';
export type { ExportFile, ExportFormat } from './document-export';
export {
	openWorkspaceFileFrom,
	type ImportFileProblem,
	type OpenFileProblem
} from './file-transfer';
export { JoinFlow } from './join-flow.svelte';
export { NetworkSettingsForm } from './network-settings.svelte';
export type { PresentPerson } from './presence.svelte';
export { getSession, setSession } from './session-context';
export { restrictConnections } from '../workspace';
export type { SaveState, Durability, WorkspaceEntry } from '../persistence';
export type { DocumentId, DocumentSummary, WorkspaceId } from '../doc';
export { asDocumentId, asWorkspaceId, MAX_NAME_LENGTH, MAX_MEMBER_NAME } from '../doc';
export type { AwayChange, ConnectionStatus, InviteProblem } from '../workspace';
