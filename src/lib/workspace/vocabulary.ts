/*
 * What a workspace's operations give and take: its records (from doc/), the read model of its
 * texts (from export/), its files, and the limits and choices its records allow. The interface's
 * layer (state/) speaks of workspaces in these words only.
 */
export type {
	Amendment,
	AmendmentId,
	AmendmentOutcome,
	AmendmentResult,
	AnswerKind,
	Block,
	CommentMessage,
	CommentThread,
	MessageId,
	ThreadId,
	CheckIn,
	CheckInId,
	CheckInInit,
	Commitment,
	CommitmentChange,
	CommitmentId,
	CommitmentInit,
	CommitmentSource,
	CommitmentStatus,
	DueState,
	GroupSettings,
	ProgressReport,
	ReportEntry,
	ReportGroup,
	ReportId,
	ReportPeriod,
	SavedReport,
	IsoDate,
	OwedTo,
	Party,
	ResolvedPassage,
	ClosedBecause,
	Decision,
	DecisionId,
	DecisionInit,
	DecisionInitProblem,
	DecisionResult,
	DecisionRule,
	DocumentId,
	DocumentSummary,
	Member,
	MemberId,
	MemberRole,
	Run,
	Version,
	VersionId,
	WorkspaceId,
	AnswerValue,
	AnswerValues,
	ImprovementStep,
	Question,
	QuestionId,
	QuestionInit,
	QuestionKind,
	QuestionSummary,
	ReportCard,
	Round,
	RoundAnswer,
	RoundComparison,
	RoundId,
	RoundPhase,
	RoundSummary,
	RoundTemplate,
	RoundTemplateKey,
	StepId
} from '../doc';
export {
	AMENDMENT_LIMITS,
	AmendmentChangeError,
	ANSWER_KINDS,
	asIsoDate,
	COMMENT_LIMITS,
	COMMITMENT_LIMITS,
	COMMITMENT_STATUSES,
	CommitmentInputError,
	DEFAULT_CHECK_IN_DAYS,
	dueState,
	isCheckInDue,
	isClosed,
	keeps,
	MAX_CHECK_IN_DAYS,
	MAX_ORGANISATION,
	MAX_REPORT_NAME,
	organisationKey,
	asDocumentId,
	asWorkspaceId,
	DECISION_RULES,
	MAX_MEMBER_NAME,
	MAX_NAME_LENGTH,
	MAX_QUESTION,
	MAX_REASON,
	MAX_VERSION_NAME,
	MEMBER_COLOURS,
	QUESTION_KINDS,
	RATING_SCALE,
	ROUND_LIMITS,
	RoundInputError,
	roundTemplatesIn
} from '../doc';
export { runsIn } from '../export/read-model/compare';
export type { DecisionRecordLabels } from '../export/read-model/decision-record';
export type { CommentExportLabels, ExportFile, ExportFormat, ExportTexts } from './document-export';
export type { ImportFileProblem } from './document-import';
export type { Durability, SaveState, WorkspaceEntry } from '../persistence';
export type { DocumentBody } from './operations/documents';
export type { AnswerRoll, DecisionOnVersion } from './operations/decisions';
export type { AgreedTexts } from './operations/exports';
export type { ProgressReportLabels } from '../export/read-model/progress-report';
export type { CsvHeadings, ReportFormat, ReportTexts } from './report-export';
export type { RoundFormat, RoundTexts } from './round-export';
export type { RoundSummaryLabels } from '../export/read-model/round-summary';
export { CommitmentRefusedError, type CommitmentRefusal } from './operations/commitments';
export { RoundRefusedError, type RoundRefusal } from './operations/feedback';
export {
	UNNAMED_MINIMUM,
	type ResultsWithheld,
	type RoundResults
} from './operations/round-results';
export { CommentRefusedError, type CommentRefusal, type PlacedThread } from './operations/comments';
export type { AuthoredText, Comparison } from './operations/texts';
export { AmendmentRefusedError, type AmendmentRefusal } from './operations/amendments';
export {
	AmendmentDraft,
	SubmitRefusedError,
	type SubmitRefusal
} from './operations/amendment-draft';
export type { AmendmentDiff } from '../export/read-model/amendment-review';
export type { AmendmentRecordLabels } from '../export/read-model/amendment-record';
export type {
	LogComment,
	LogCommentId,
	LogEntry,
	LogEntryChange,
	LogEntryId,
	LogEntryInit,
	LogTag
} from '../doc';
export { LOG_LIMITS, LOG_TAGS, LogInputError } from '../doc';
export type { LearningLogLabels } from '../export/read-model/learning-log';
export type { LogTexts } from './log-export';
export { LogRefusedError, type LogRefusal } from './operations/learning-log';
