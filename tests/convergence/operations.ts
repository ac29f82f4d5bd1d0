import {
	ANSWER_KINDS,
	DECISION_RULES,
	MEMBER_COLOURS,
	schemaVersionOf,
	upsertMember,
	type DocumentId,
	type DocumentKind,
	type VersionId,
	paragraph
} from '../../src/lib/doc';
import { blocksOf } from '../../src/lib/export/read-model/model';
import { BODY_EDIT_WEIGHTS, PHRASES, type BodyEditKind } from './body-edits';
import {
	AMENDMENT_WEIGHTS,
	applyAmendmentOperation,
	type AmendmentOperationKind
} from './amendment-operations';
import {
	applyCommentOperation,
	COMMENT_WEIGHTS,
	type CommentOperationKind
} from './comment-operations';
import {
	applyCommitmentOperation,
	COMMITMENT_WEIGHTS,
	type CommitmentOperationKind
} from './commitment-operations';
import { applyLogOperation, LOG_WEIGHTS, type LogOperationKind } from './log-operations';
import type { Random } from './random';
import { applyRoundOperation, ROUND_WEIGHTS, type RoundOperationKind } from './round-operations';
import { applyBodyEdit, type Writer } from './writer';

export type { Writer } from './writer';

/**
 * What each saved version held when it was saved, as the export reads it: every copy must still
 * read exactly this from the version's snapshot at the end, whatever happened since.
 */
export type SavedVersions = Map<VersionId, { documentId: string; blocks: string; by: number }>;

/** What a person can do, with how often they do it. */
export const OPERATION_WEIGHTS = {
	...BODY_EDIT_WEIGHTS,
	addDocument: 2,
	renameDocument: 2,
	moveDocument: 2,
	deleteDocument: 0.6,
	renameMember: 1,
	memberRole: 0.5,
	renameWorkspace: 0.5,
	saveVersion: 3,
	openDecision: 2,
	answerDecision: 15,
	closeDecision: 2,
	...COMMITMENT_WEIGHTS,
	...COMMENT_WEIGHTS,
	...AMENDMENT_WEIGHTS,
	...ROUND_WEIGHTS,
	...LOG_WEIGHTS
} as const satisfies Record<BodyEditKind | string, number>;

/**
 * The weights of a scenario about feedback rounds: their operations fifteen times as often, and
 * writing one (which only a facilitator's copy may) sixty times.
 */
export const FEEDBACK_FOCUS: Readonly<Record<OperationKind, number>> = {
	...OPERATION_WEIGHTS,
	...Object.fromEntries(Object.entries(ROUND_WEIGHTS).map(([kind, w]) => [kind, w * 15])),
	writeRound: ROUND_WEIGHTS.writeRound * 60
};

/** The name of one kind of operation. */
export type OperationKind = keyof typeof OPERATION_WEIGHTS;

const TITLES = [
	'Charter',
	'Membership',
	'Commitments',
	'Notes',
	'Meeting notes 3',
	'Budget 💶',
	'規約'
];
const NAMES = ['Amani', 'Bea', 'Chen Wei', 'Dalia', 'Émile', 'Farah', 'Gus'];
const KINDS: DocumentKind[] = ['charter', 'membership', 'commitments', 'notes'];
const REASONS = ['', 'Fine by me', 'Needs a review date', 'ليس الآن', '同意'];
const DAY = 24 * 60 * 60 * 1000;

/**
 * Applies one random operation of `kind` to a copy, through the workspace's own operations and
 * editor-level text edits, and describes it (for the log a failing seed prints); null when there
 * was nothing to apply it to, or the workspace has not reached this copy yet.
 */
export function applyOperation(
	writer: Writer,
	kind: OperationKind,
	random: Random,
	saved: SavedVersions
): string | null {
	const { workspace } = writer;
	const { doc } = workspace;
	if (schemaVersionOf(doc) === 0) return null;
	const documents = workspace.documents.list();
	const target = documents.length > 0 ? random.pick(documents) : null;
	switch (kind) {
		case 'addDocument': {
			const title = random.pick(TITLES);
			const text = random.pick(PHRASES);
			let id = '' as DocumentId;
			doc.transact(() => {
				id = workspace.documents.add({
					title,
					kind: random.pick(KINDS),
					blocks: random.chance(0.5) ? [paragraph(text)] : []
				});
				writer.shadow.begin(id, workspace.documents.body(id)!);
			});
			return `add document ${id} "${title}"`;
		}
		case 'renameDocument': {
			if (!target) return null;
			const title = `${random.pick(TITLES)} ${random.int(1, 99)}`;
			workspace.documents.rename(target.id, title);
			return `rename ${target.id} to "${title}"`;
		}
		case 'moveDocument': {
			if (!target) return null;
			const to = random.int(0, documents.length - 1);
			workspace.documents.move(target.id, to);
			return `move ${target.id} to ${to}`;
		}
		case 'deleteDocument':
			if (!target || documents.length < 2) return null;
			workspace.documents.remove(target.id);
			return `delete document ${target.id}`;
		case 'renameMember': {
			// Written as the record itself, as a copy of another version of Concord may write it.
			const name = random.pick(NAMES);
			const colour = random.pick(MEMBER_COLOURS);
			const now = workspace.clock.now();
			upsertMember(doc, { id: writer.member, name, colour, role: 'member', now });
			return `rename member to ${name} ${colour}`;
		}
		case 'memberRole': {
			const role = random.pick(['facilitator', 'member', 'observer'] as const);
			workspace.members.setRole(writer.member, role);
			return `become ${role}`;
		}
		case 'renameWorkspace': {
			const name = `Group ${random.int(1, 9)}`;
			workspace.rename(name);
			return `rename workspace to ${name}`;
		}
		case 'saveVersion': {
			const body = target && workspace.documents.body(target.id);
			if (!target || !body) return null;
			const name = `Draft ${random.int(1, 9)}`;
			const blocks = JSON.stringify(blocksOf(body));
			const id = workspace.decisions.saveVersion(target.id, name);
			saved.set(id, { documentId: target.id, blocks, by: doc.clientID });
			return `save version ${id} "${name}" of ${target.id}`;
		}
		case 'openDecision': {
			const versions = documents.flatMap((d) => workspace.decisions.versions(d.id));
			if (versions.length === 0) return null;
			const version = random.pick(versions);
			const init = {
				version: version.id,
				question: `Adopt ${version.name}?`,
				rule: random.pick(DECISION_RULES),
				quorum: random.pick([null, 2, 3]),
				// A second from now: due at the next step; or in days, past the end of the scenario.
				closesAt: workspace.clock.now() + 1000 + random.int(0, 3) * DAY
			};
			// Set up as the dialog sets it up: what it would refuse is never opened.
			if (workspace.decisions.problemWith(init)) return null;
			const id = workspace.decisions.openDecision(version.documentId, init);
			return `open decision ${id} on ${version.id}`;
		}
		case 'answerDecision':
		case 'closeDecision': {
			const decisions = workspace.decisions.all().filter((d) => !d.outcome);
			if (decisions.length === 0) return null;
			const decision = random.pick(decisions);
			if (kind === 'closeDecision') {
				workspace.decisions.close(decision.id);
				return `close decision ${decision.id}`;
			}
			const answer = random.pick(ANSWER_KINDS);
			const reason = random.pick(REASONS);
			workspace.decisions.answer(decision.id, answer, reason);
			return `answer ${answer} to ${decision.id}`;
		}
	}
	if (kind in AMENDMENT_WEIGHTS)
		return applyAmendmentOperation(writer, kind as AmendmentOperationKind, random);
	if (kind in COMMENT_WEIGHTS)
		return applyCommentOperation(writer, kind as CommentOperationKind, random);
	if (kind in COMMITMENT_WEIGHTS)
		return applyCommitmentOperation(writer, kind as CommitmentOperationKind, random);
	if (kind in ROUND_WEIGHTS) return applyRoundOperation(writer, kind as RoundOperationKind, random);
	if (kind in LOG_WEIGHTS) return applyLogOperation(writer, kind as LogOperationKind, random);
	if (!target) return null;
	return applyBodyEdit(writer, target.id, kind as BodyEditKind, random);
}
