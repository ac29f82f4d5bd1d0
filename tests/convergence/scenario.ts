import * as Y from 'yjs';
import {
	createWorkspaceDoc,
	documentBody,
	listDocuments,
	initializeWorkspace,
	MEMBER_COLOURS,
	newMemberId,
	type MemberId
} from '../../src/lib/doc';
import { joinWithInvite, Workspace } from '../../src/lib/workspace';
import { memoryPorts } from '../../src/lib/workspace/memory-ports';
import { secretOf } from '../../src/lib/workspace/network';
import {
	ManualClock,
	MemoryNetwork,
	type Faults,
	type NetworkStats
} from '../../src/lib/workspace/ports';
import { findForgedAcceptance } from './amendment-operations';
import { findDivergence, findVersionDrift } from './compare';
import {
	applyOperation,
	FEEDBACK_FOCUS,
	OPERATION_WEIGHTS,
	type OperationKind,
	type SavedVersions,
	type Writer
} from './operations';
import { Random } from './random';
import { withSeededCrypto } from './seeded-crypto';
import { findIntentDrift, newLedger, Shadow, splitOrJoinRaced } from './shadow';

/** What one scenario did and how it ended. */
export interface ScenarioResult {
	seed: number;
	copies: number;
	faults: Faults;
	operations: number;
	/** How many operations of each kind were applied. */
	kinds: Partial<Record<OperationKind, number>>;
	stats: NetworkStats;
	/** Rounds of anti-entropy (sync step 1 between every pair) the copies needed at the end. */
	rounds: number;
	/**
	 * Whether a split or a join raced with another copy's edit of the same line (the later of the
	 * two made before its copy had received the earlier one).
	 */
	raced: boolean;
	/** Documents whose shadow could not replay an edit, and so were not compared with it. */
	unreplayable: number;
	/** Decisions the copies' keepers closed on their own (rule met or closing date passed). */
	keptDecisions: number;
	/** Why the copies are not identical, or do not read as their edits meant; null when all is well. */
	divergence: string | null;
	/** Where a body reads otherwise than its edits meant (the plain-text shadow), if anywhere. */
	drift: string | null;
	/** Every step, for replaying a failing seed by eye. */
	log: string[];
}

/** The moment the scenario's clock starts; every step moves it on by a second. */
const EPOCH = Date.UTC(2026, 0, 1);
const STEP_MS = 1000;

/** The steps between operations: network events, weighted against one another. */
const STEP_WEIGHTS = { operation: 60, deliver: 25, partition: 2, heal: 2.5, idle: 8 } as const;

/** Lets what the workspaces do after a change (claiming it, closing due decisions) happen. */
const afterwards = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * One random scenario, decided entirely by its seed: 3 to 6 people, each with a device of their
 * own, open real `Workspace`s over in-memory stores and syncs: one creates the workspace and the
 * others join it by its invite link; they apply random operations while the network misbehaves;
 * at the end everything heals and the copies must be identical.
 */
export function runScenario(seed: number): Promise<ScenarioResult> {
	const random = new Random(seed);
	return withSeededCrypto(random, () => scenario(seed, random));
}

async function scenario(seed: number, random: Random): Promise<ScenarioResult> {
	const copies = random.int(3, 6);
	const faults: Faults = {
		drop: random.pick([0, 0.05, 0.15, 0.3]),
		duplicate: random.pick([0, 0.05, 0.2]),
		maxDelay: random.pick([0, 2, 6, 12])
	};
	const clock = new ManualClock(EPOCH);
	const network = new MemoryNetwork(random, faults);
	const ledger = newLedger();
	const people = Array.from({ length: copies }, (_, i) => ({
		memberId: newMemberId() as MemberId,
		name: `Member ${i + 1}`,
		colour: random.pick(MEMBER_COLOURS)
	}));
	const devices = people.map((person) => memoryPorts(network, clock, person));
	const log: string[] = [`${copies} copies, faults ${JSON.stringify(faults)}`];
	const saved: SavedVersions = new Map();
	const writers: Writer[] = [];
	const open = async (i: number, id: Workspace['id']) => {
		const workspace = await Workspace.open(id, devices[i]!);
		const shadow = new Shadow(i, workspace.doc, ledger);
		writers.push({ workspace, member: people[i]!.memberId, shadow });
		return shadow;
	};

	const steps = random.int(20, 100);
	// One scenario in four is a feedback round's life: written, answered, closed, responded to.
	const focus = random.chance(0.25);
	const weights = focus ? FEEDBACK_FOCUS : OPERATION_WEIGHTS;
	let operations = 0;
	const kinds: ScenarioResult['kinds'] = {};
	let rounds = 0;
	let divergence: string | null;
	let drift: string | null = null;
	try {
		// The creator makes the workspace from the templates; the others join by its invite link
		// and receive it from the creator (and one another) as they connect.
		const id = await Workspace.create({ name: 'Working group', locale: 'en' }, devices[0]!);
		const creatorShadow = await open(0, id);
		const creator = writers[0]!.workspace;
		for (const { id: documentId } of creator.documents.list())
			creatorShadow.begin(documentId, creator.documents.body(documentId)!);
		// What the invite link carries: the secret (the signaling servers do not matter here).
		const invite = { secret: secretOf(creator.entry), signaling: [] };
		for (let i = 1; i < copies; i++) {
			await joinWithInvite(invite, devices[i]!);
			await open(i, id);
		}
		await afterwards();
		// In a feedback scenario, some of the others are facilitators too (each copy says so of
		// its own member, as a facilitator's naming them would reach it).
		if (focus)
			for (const [i, { workspace, member }] of writers.entries())
				if (i > 0 && random.chance(0.5)) workspace.members.setRole(member, 'facilitator');

		for (let step = 0; step < steps; step++) {
			clock.advance(STEP_MS);
			const event = random.weighted(STEP_WEIGHTS);
			if (event === 'operation') {
				const copy = random.int(0, copies - 1);
				const kind = random.weighted(weights);
				const writer = writers[copy]!;
				const done = network.together(copy, () => {
					const applied = applyOperation(writer, kind, random, saved);
					// What the copy records right after a change (authorship of what it deleted)
					// goes with the change, as it leaves a moment later in the app.
					clock.advance(0);
					return applied;
				});
				if (done !== null) {
					operations++;
					kinds[kind] = (kinds[kind] ?? 0) + 1;
					log.push(`${step}: copy ${copy}: ${done}`);
				}
			} else if (event === 'partition') {
				network.partition(random.int(2, copies));
				log.push(`${step}: partition ${network.peers.map((p) => p.group).join(',')}`);
			} else if (event === 'heal') {
				network.heal();
				log.push(`${step}: heal`);
			}
			if (event !== 'idle') network.tick();
			await afterwards();
		}
		log.push(`settle with ${network.inFlight} messages in flight`);
		// What the copies do once they are in step (their keepers close due decisions) travels too.
		do {
			rounds += network.settle();
			// Timers due now run (authorship's record of deletions), then what they wrote travels.
			clock.advance(0);
			await afterwards();
		} while (network.inFlight > 0);
		const docs = writers.map((w) => w.workspace.doc);
		divergence =
			findDivergence(docs) ?? findVersionDrift(docs, saved) ?? findForgedAcceptance(docs);
		drift =
			divergence === null
				? findIntentDrift(
						docs,
						writers.map((w) => w.shadow),
						ledger
					)
				: null;
	} catch (error) {
		// A throw anywhere (an update a copy cannot apply, say) is a failure of this seed too.
		divergence = error instanceof Error ? (error.stack ?? error.message) : String(error);
	}
	const raced = splitOrJoinRaced(writers.map((w) => w.shadow));
	const keptDecisions = writers[0]
		? writers[0].workspace.decisions.all().filter((d) => d.outcome && d.outcome.closedBy === null)
				.length
		: 0;
	for (const { workspace } of writers) await workspace.destroy();
	return {
		seed,
		copies,
		faults,
		operations,
		kinds,
		stats: network.stats,
		rounds,
		raced,
		unreplayable: ledger.unreplayable.size,
		keptDecisions,
		divergence,
		drift,
		log
	};
}

/**
 * The check of the check: two copies that differ only by a deletion one of them never sent (their
 * state vectors are equal, since deleting adds nothing to them) must be found to differ.
 */
export function divergenceWithoutSync(seed: number): Promise<string | null> {
	const random = new Random(seed);
	return withSeededCrypto(random, async () => {
		const docs = [createWorkspaceDoc(), createWorkspaceDoc()] as const;
		initializeWorkspace(docs[0], {
			name: 'Working group',
			locale: 'en',
			now: EPOCH,
			creator: { id: newMemberId(), name: 'A', colour: '#1f5f5b' }
		});
		Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
		const id = listDocuments(docs[1])[0]!.id;
		documentBody(docs[1], id)!.delete(0, 1);
		return findDivergence(docs);
	});
}

/**
 * The check of the intent oracle: a copy rewrites a line whole (deletes it and inserts the same
 * text again, as a binding that rewrote instead of formatting would) while another types in the
 * middle of it; once they have exchanged everything, the oracle must notice that the words typed
 * are no longer where they were typed.
 */
export function intentDriftOfARewrite(): string | null {
	const ledger = newLedger();
	const [a, b] = [1, 2].map((client) => {
		const doc = createWorkspaceDoc();
		doc.clientID = client;
		return { doc, shadow: new Shadow(client - 1, doc, ledger) };
	}) as [{ doc: Y.Doc; shadow: Shadow }, { doc: Y.Doc; shadow: Shadow }];
	initializeWorkspace(a.doc, {
		name: 'Working group',
		locale: 'en',
		now: EPOCH,
		creator: { id: 'member-a' as MemberId, name: 'A', colour: '#1f5f5b' }
	});
	const id = listDocuments(a.doc)[0]!.id;
	const body = (copy: typeof a) => documentBody(copy.doc, id)!;
	a.shadow.begin(id, body(a));
	const exchange = () => {
		for (const [from, to] of [
			[a, b],
			[b, a]
		] as const)
			Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)));
	};
	exchange();
	const line = body(a).toString().split('\n')[0]!;
	a.doc.transact(() => {
		body(a).delete(0, line.length);
		body(a).insert(0, line);
	});
	b.doc.transact(() => body(b).insert(2, 'typed'));
	b.shadow.replay(id, [{ at: { line: 0, col: 2 }, insert: 'typed' }], false);
	exchange();
	const drift = findIntentDrift([a.doc, b.doc], [a.shadow, b.shadow], ledger);
	for (const doc of [a.doc, b.doc]) doc.destroy();
	return drift;
}
