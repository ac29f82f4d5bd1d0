import {
	COMMITMENT_STATUSES,
	type CommitmentId,
	type IsoDate,
	type Line,
	type Party
} from '../../src/lib/doc';
import { CommitmentRefusedError } from '../../src/lib/workspace';
import { pointOf, randomPassage } from './body-lines';
import { applyBodyEdit, type Writer } from './writer';
import type { BodyEdit } from './editor-operations';
import type { Random } from './random';

/*
 * What members do with commitments in a campaign, through the workspace's own operations: make
 * one (on its own, or from a passage of a document), change it, set its status, check in, unlink
 * it from its passage, delete the passage it comes from (in the editor), and record that a member
 * left. What the rules refuse (an observer checking in, say) is refused as in the app.
 */

/** What a member can do with commitments, with how often they do it. */
export const COMMITMENT_WEIGHTS = {
	makeCommitment: 1.5,
	commitFromPassage: 1.5,
	editCommitment: 2,
	commitmentStatus: 2,
	checkIn: 4,
	unlinkPassage: 0.4,
	deletePassage: 0.8,
	memberLeaves: 0.3
} as const;

/** The name of one kind of commitment operation. */
export type CommitmentOperationKind = keyof typeof COMMITMENT_WEIGHTS;

const TITLES = ['Publish the pilot report', 'Host the March meeting', 'Map the wells', '報告書'];
const NARRATIVES = ['', 'Halfway there.', 'Funding is late', 'تم الانتهاء', 'Done 🎉'];
const ORGANISATIONS = ['Red Sol', 'RED SOL', 'Tamarind Trust', 'Asociación Río'];
const DATES = ['2026-01-31', '2026-03-01', '2027-12-31', '2028-02-29'] as IsoDate[];

/** Applies one commitment operation to a copy and describes it; null when there was none to make. */
export function applyCommitmentOperation(
	writer: Writer,
	kind: CommitmentOperationKind,
	random: Random
): string | null {
	const { workspace } = writer;
	const commitments = workspace.commitments;
	const all = commitments.list();
	const target = all.length > 0 ? random.pick(all) : null;
	const owners = (): Party[] => {
		const members = commitments.possibleOwners();
		const owner: Party =
			random.chance(0.7) && members.length > 0
				? { kind: 'member', id: random.pick(members).id }
				: { kind: 'organisation', name: random.pick(ORGANISATIONS) };
		return [owner];
	};
	try {
		switch (kind) {
			case 'makeCommitment': {
				const id = commitments.create({
					title: random.pick(TITLES),
					owners: owners(),
					dueOn: random.pick([null, ...DATES]),
					status: random.pick(COMMITMENT_STATUSES)
				});
				return `make commitment ${id}`;
			}
			case 'commitFromPassage': {
				const passage = randomPassage(workspace, random, 30);
				if (!passage) return null;
				const { documentId, from, to } = passage;
				const id = commitments.createFromPassage(documentId, from, to, {
					title: random.pick(TITLES),
					owners: owners()
				});
				return `make commitment ${id} from ${from}–${to} of ${documentId}`;
			}
			case 'editCommitment': {
				if (!target) return null;
				const change = random.pick([
					{ title: `${random.pick(TITLES)} ${random.int(1, 9)}` },
					{ dueOn: random.pick([null, ...DATES]) },
					{ owners: owners() },
					{ progress: random.int(0, 100) },
					{ owedTo: { kind: 'communities' as const } }
				]);
				commitments.update(target.id, change);
				return `edit ${target.id}: ${JSON.stringify(change)}`;
			}
			case 'commitmentStatus': {
				if (!target) return null;
				const status = random.pick(COMMITMENT_STATUSES);
				commitments.setStatus(target.id, status);
				return `set ${target.id} ${status}`;
			}
			case 'checkIn': {
				if (!target) return null;
				const status = random.pick([null, ...COMMITMENT_STATUSES]);
				const narrative = random.pick(NARRATIVES);
				if (!narrative && !status) return null;
				const id = commitments.checkIn(target.id, { status, narrative, evidence: null });
				return `check in ${id} on ${target.id}: ${status}`;
			}
			case 'unlinkPassage': {
				const linked = all.filter((c) => c.source);
				if (linked.length === 0) return null;
				const commitment = random.pick(linked);
				commitments.unlink(commitment.id);
				return `unlink ${commitment.id}`;
			}
			case 'deletePassage': {
				const found = all.flatMap((c) => {
					const passage = commitments.passage(c);
					return passage ? [{ id: c.id, passage }] : [];
				});
				if (found.length === 0) return null;
				const { id, passage } = random.pick(found);
				const deletion = (lines: readonly Line[]): BodyEdit | null => {
					const from = pointOf(lines, passage.from);
					const to = pointOf(lines, passage.to);
					return from && to ? { kind: 'delete', from, to } : null;
				};
				const done = applyBodyEdit(writer, passage.documentId, 'delete', random, deletion);
				return done && `delete the passage of ${id as CommitmentId}: ${done}`;
			}
			case 'memberLeaves': {
				const members = workspace.members.list().filter((m) => m.id !== writer.member);
				if (members.length === 0) return null;
				const member = random.pick(members);
				const left = member.leftAt === null;
				workspace.members.setLeft(member.id, left);
				return `${member.id} ${left ? 'left' : 'is back'}`;
			}
		}
	} catch (error) {
		// Refused as the app refuses it (an observer, someone who left, a passage that is empty).
		if (error instanceof CommitmentRefusedError) return null;
		if (error instanceof Error && error.name === 'CommitmentInputError') return null;
		throw error;
	}
}
