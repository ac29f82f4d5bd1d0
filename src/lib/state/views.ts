/*
 * What the interface renders: the workspace's records and texts as views, named here so that
 * components speak to state/ only. Each is the workspace's own shape today; a view that must
 * differ from it gets its own declaration here.
 */
import type * as W from '../workspace';

/** A member of the group: name, colour, role, when they joined. */
export type Member = W.Member;
/** Who a member is, across every workspace they are in. */
export type MemberId = W.MemberId;
/** A document as the sidebar lists it. */
export type DocumentSummary = W.DocumentSummary;
/** Which document, as in its address. */
export type DocumentId = W.DocumentId;
/** Which workspace, as in its address. */
export type WorkspaceId = W.WorkspaceId;
/** A named version of a document. */
export type Version = W.Version;
/** Which named version. */
export type VersionId = W.VersionId;
/** A decision on a version: question, rule, answers, and its outcome once closed. */
export type Decision = W.Decision;
/** Which decision. */
export type DecisionId = W.DecisionId;
/** How a decision is taken: consent, consensus or majority. */
export type DecisionRule = W.DecisionRule;
/** How a closed decision ended. */
export type DecisionResult = W.DecisionResult;
/** Why a decision closed. */
export type ClosedBecause = W.ClosedBecause;
/** An answer a member gives: agree, stand aside, object. */
export type AnswerKind = W.AnswerKind;
/** Who has answered a decision, and who may and has not yet. */
export type AnswerRoll = W.AnswerRoll;
/** A decision with the version it is about. */
export type DecisionOnVersion = W.DecisionOnVersion;
/** The current text with who wrote each part. */
export type AuthoredText = W.AuthoredText;
/** A document compared between two states. */
export type Comparison = W.Comparison;
/** A block of a document's text. */
export type Block = W.Block;
/** A run of text in a block, with its marks. */
export type Run = W.Run;
/** The words of a decision record in the reader's language. */
export type DecisionRecordLabels = W.DecisionRecordLabels;
/** The words an export needs in the reader's language. */
export type ExportTexts = W.ExportTexts;
/** The words the export of an agreed text needs besides. */
export type AgreedTexts = W.AgreedTexts;
/** A format a document is exported to as a file. */
export type ExportFormat = W.ExportFormat;
/** A file ready to download. */
export type ExportFile = W.ExportFile;
/** Why a document file could not be imported. */
export type ImportFileProblem = W.ImportFileProblem;
/** The rich-text body of a document, handed to the editor as it is. */
export type DocumentBody = W.DocumentBody;
/** What this device has stored of a workspace. */
export type SaveState = W.SaveState;
/** Whether the browser keeps this site's data durably. */
export type Durability = W.Durability;
/** What this device remembers of a workspace it keeps. */
export type WorkspaceEntry = W.WorkspaceEntry;
/** How this copy is connected to the group. */
export type ConnectionStatus = W.ConnectionStatus;
/** What others changed in one document while this person was away. */
export type AwayChange = W.AwayChange;
/** Why an invite link cannot be used. */
export type InviteProblem = W.InviteProblem;
/** A commitment a member made to the others, with its check-ins. */
export type Commitment = W.Commitment;
/** Which commitment. */
export type CommitmentId = W.CommitmentId;
/** Where a commitment stands: not started, on track, at risk, off track, done, dropped. */
export type CommitmentStatus = W.CommitmentStatus;
/** A dated entry on a commitment. */
export type CheckIn = W.CheckIn;
/** Which check-in. */
export type CheckInId = W.CheckInId;
/** A member or an organisation that keeps a commitment, or to whom one is owed. */
export type Party = W.Party;
/** To whom a commitment is owed. */
export type OwedTo = W.OwedTo;
/** How a commitment stands against its due date today. */
export type DueState = W.DueState;
/** A calendar date without a time zone (`YYYY-MM-DD`). */
export type IsoDate = W.IsoDate;
/** Where a commitment's passage is now in its document. */
export type ResolvedPassage = W.ResolvedPassage;
/** What a member does in the group: facilitator, member or observer. */
export type MemberRole = W.MemberRole;
/** How the group decides and checks in, as its settings say. */
export type GroupSettings = W.GroupSettings;
/** A record of mutual progress for a period. */
export type ProgressReport = W.ProgressReport;
/** One commitment in a report: its status then and now, the period's check-ins. */
export type ReportEntry = W.ReportEntry;
/** The commitments of one organisation or member in a report. */
export type ReportGroup = W.ReportGroup;
/** A report the group saved, as it was sent. */
export type SavedReport = W.SavedReport;
/** Which saved report. */
export type ReportId = W.ReportId;
/** A format a report is exported to as a file. */
export type ReportFormat = W.ReportFormat;
/** The words a report's files need in the reader's language. */
export type ReportTexts = W.ReportTexts;
/** The words of a report's text in the reader's language. */
export type ProgressReportLabels = W.ProgressReportLabels;
/** A discussion of a passage of a document. */
export type CommentThread = W.CommentThread;
/** One message of a comment thread. */
export type CommentMessage = W.CommentMessage;
/** Which comment thread. */
export type ThreadId = W.ThreadId;
/** Which message of a thread. */
export type MessageId = W.MessageId;
/** A comment thread with where its passage starts now (null once the passage was deleted). */
export type PlacedThread = W.PlacedThread;
/** A change of a document's text proposed to the group. */
export type Amendment = W.Amendment;
/** Which amendment. */
export type AmendmentId = W.AmendmentId;
/** How an amendment ended. */
export type AmendmentResult = W.AmendmentResult;
/** What an amendment would change, against its base and, when stale, today's text. */
export type AmendmentDiff = W.AmendmentDiff;
/** How an amendment ended. */
export type AmendmentOutcome = W.AmendmentOutcome;
/** The words of the record of a document's amendments. */
export type AmendmentRecordLabels = W.AmendmentRecordLabels;
/** The words of a document's comments in an export. */
export type CommentExportLabels = W.CommentExportLabels;
/** A survey of the group: its questions, answers (named or unnamed), close and response. */
export type Round = W.Round;
/** Which feedback round. */
export type RoundId = W.RoundId;
/** Where a round stands: being written, scheduled, open, closed. */
export type RoundPhase = W.RoundPhase;
/** One question of a round. */
export type Question = W.Question;
/** Which question. */
export type QuestionId = W.QuestionId;
/** A rating, a choice, yes or no, or free text. */
export type QuestionKind = W.QuestionKind;
/** What the answers to one question add up to. */
export type QuestionSummary = W.QuestionSummary;
/** A round's results: summary, comparison with the round before, report cards. */
export type RoundResults = W.RoundResults;
/** One question's figure in a round and the round before. */
export type RoundComparison = W.RoundComparison;
/** An organisation's (or the group's) ratings in the self-assessment. */
export type ReportCard = W.ReportCard;
/** A step the group means to take in answer to a round. */
export type ImprovementStep = W.ImprovementStep;
/** A starting round in one language. */
export type RoundTemplate = W.RoundTemplate;
/** A format a round's summary or answers are exported to. */
export type RoundFormat = W.RoundFormat;
/** The words a round's files need in the reader's language. */
export type RoundTexts = W.RoundTexts;
/** The words of a round's summary in the reader's language. */
export type RoundSummaryLabels = W.RoundSummaryLabels;
/** One entry of the learning log. */
export type LogEntry = W.LogEntry;
/** Which learning-log entry. */
export type LogEntryId = W.LogEntryId;
/** A comment on a learning-log entry. */
export type LogComment = W.LogComment;
/** A tag of a learning-log entry (challenge, failure, success, lesson). */
export type LogTag = W.LogTag;
/** The words the learning log's export needs in the reader's language. */
export type LogTexts = W.LogTexts;
/** The words of the learning log's text in an export. */
export type LearningLogLabels = W.LearningLogLabels;
/** Why a round's results are not shown yet (an unnamed round open, or with too few answers). */
export type ResultsWithheld = W.ResultsWithheld;
