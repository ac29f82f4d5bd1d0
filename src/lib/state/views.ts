/*
 * What the interface renders: the workspace's records and texts as views, named here so that
 * components speak to state/ only. Each is the workspace's own shape; a view that must differ
 * from it gets its own declaration here.
 */
import type * as W from '../workspace';

/** A member of the group: name, colour, role, when they joined. */
export type Member = W.Member;
export type MemberId = W.MemberId;
/** A document as the sidebar lists it. */
export type DocumentSummary = W.DocumentSummary;
export type DocumentId = W.DocumentId;
export type WorkspaceId = W.WorkspaceId;
/** A named version of a document. */
export type Version = W.Version;
export type VersionId = W.VersionId;
/** A decision on a version: question, rule, answers, and its outcome once closed. */
export type Decision = W.Decision;
export type DecisionId = W.DecisionId;
export type DecisionRule = W.DecisionRule;
export type DecisionResult = W.DecisionResult;
export type ClosedBecause = W.ClosedBecause;
export type AnswerKind = W.AnswerKind;
/** Who has answered a decision, and who may and has not yet. */
export type AnswerRoll = W.AnswerRoll;
/** A decision with the version it is about. */
export type DecisionOnVersion = W.DecisionOnVersion;
/** The current text with who wrote each part. */
export type AuthoredText = W.AuthoredText;
/** A document compared between two states. */
export type Comparison = W.Comparison;
/** A block of a document's text, and a run of its text. */
export type Block = W.Block;
export type Run = W.Run;
/** The words of a decision record in the reader's language. */
export type DecisionRecordLabels = W.DecisionRecordLabels;
/** The words an export needs, and those of the agreed text's export. */
export type ExportTexts = W.ExportTexts;
export type AgreedTexts = W.AgreedTexts;
export type ExportFormat = W.ExportFormat;
/** A file ready to download. */
export type ExportFile = W.ExportFile;
/** Why a document file could not be imported. */
export type ImportFileProblem = W.ImportFileProblem;
/** The rich-text body of a document, handed to the editor as it is. */
export type DocumentBody = W.DocumentBody;
/** What this device has stored, whether its storage is durable, what it lists of a workspace. */
export type SaveState = W.SaveState;
export type Durability = W.Durability;
export type WorkspaceEntry = W.WorkspaceEntry;
/** How this copy is connected, and what others changed while this person was away. */
export type ConnectionStatus = W.ConnectionStatus;
export type AwayChange = W.AwayChange;
/** Why an invite link cannot be used. */
export type InviteProblem = W.InviteProblem;
