/**
 * Reactive bridges from workspaces to the interface: the only layer components read state from.
 * It exports its own classes, the view types they render (`views.ts`), and the limits and
 * choices forms offer.
 */
export { WorkspaceList } from './workspace-list.svelte';
export { WorkspaceSession } from './workspace-session.svelte';
export { Accountability } from './accountability';
export { DocumentHistory } from './document-history.svelte';
export { JoinFlow } from './join-flow.svelte';
export { NetworkSettingsForm } from './network-settings.svelte';
export { DecisionForm, NEW_VERSION, type DecisionFormProblem } from './decision-form.svelte';
export type { PresentPerson } from './presence.svelte';
export {
	CommitmentList,
	type CommitmentFilters,
	type CommitmentLayout,
	type CommitmentRow
} from './commitment-list.svelte';
export {
	CommitmentForm,
	type CommitmentFormProblem,
	type PassageChoice
} from './commitment-form.svelte';
export { CommitmentView, type PassageState } from './commitment-view.svelte';
export { DocumentCommitments, type PassageWithCommitments } from './document-commitments.svelte';
export {
	DocumentComments,
	type CommentPassage,
	type CommentProblem
} from './document-comments.svelte';
export {
	DocumentAmendments,
	type AmendmentProblem,
	type AmendmentView
} from './document-amendments.svelte';
export { DraftEditor, type DraftProblem } from './amendment-draft.svelte';
export { Discussions } from './discussions.svelte';
export { isReport, ProgressReportView, type ReportProblem } from './progress-report.svelte';
export { Overview, type CommitmentNeed } from './overview.svelte';
export { Roster, type OrganisationCount, type RosterSort } from './roster.svelte';
export { CheckInForm, type CheckInFormProblem } from './check-in-form.svelte';
export { Feedback, RoundList, type RoundRow } from './feedback.svelte';
export { QuestionDraft, RoundEditor, type RoundEditProblem } from './round-editor.svelte';
export { RoundAnswerForm, type AnswerField, type AnswerProblem } from './round-answer-form.svelte';
export { RoundResultsView, type ResultsProblem } from './round-results.svelte';
export {
	LearningLogView,
	type LogFilters,
	type LogProblem,
	type LogRow
} from './learning-log.svelte';
export { LogEntryForm, type LogFormProblem } from './log-entry-form.svelte';
export { getSession, setSession } from './session-context';
export { openWorkspaceFileFrom, type OpenFileProblem } from './file-transfer';
export {
	exportReadable,
	openProblemOf,
	resyncDamaged,
	type OpenProblem,
	type ReadableExport
} from './damaged-workspace';
export { LIMITS, CHOICES } from './limits';
export { UNNAMED_MINIMUM } from '../workspace';
export { documentIdFrom, workspaceIdFrom } from './addresses';
export { dateFrom } from './form-values';
export { writerStarts } from './text-views';
export { preparePage } from './page-start';
export type * from './views';
