/** Reactive bridges from workspaces to the interface: the only layer components read state from. */
export { WorkspaceList } from './workspace-list.svelte';
export { WorkspaceSession, type DocumentBody, type ExportTexts } from './workspace-session.svelte';
export type { ExportFile, ExportFormat, ExportedVersion } from './document-export';
export {
	DocumentHistory,
	type AuthoredText,
	type DecisionOnVersion
} from './document-history.svelte';
export type { ExportBlock, Run } from '../export/model';
export { runsIn, type Comparison } from '../export/compare';
export { decisionRecordBlocks, type DecisionRecordLabels } from '../export/decision-record';
export type {
	AnswerKind,
	Decision,
	DecisionId,
	DecisionResult,
	DecisionRule,
	Member,
	MemberId,
	Version,
	VersionId
} from '../doc';
export { ANSWER_KINDS, DECISION_RULES, MAX_QUESTION, MAX_REASON, MAX_VERSION_NAME } from '../doc';
export {
	openWorkspaceFileFrom,
	type ImportFileProblem,
	type OpenFileProblem
} from './file-transfer';
export { JoinFlow } from './join-flow.svelte';
export { NetworkSettingsForm } from './network-settings.svelte';
export type { PresentPerson } from './presence.svelte';
export { getSession, setSession } from './session-context';
export {
	exportReadable,
	openProblemOf,
	resyncDamaged,
	type OpenProblem,
	type ReadableExport
} from './damaged-workspace';
export type { SaveState, Durability, WorkspaceEntry } from '../persistence';
export type { DocumentId, DocumentSummary, WorkspaceId } from '../doc';
export { asDocumentId, asWorkspaceId, MAX_NAME_LENGTH, MAX_MEMBER_NAME } from '../doc';
export type { AwayChange, ConnectionStatus, InviteProblem } from '../workspace';
