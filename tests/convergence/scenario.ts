import * as Y from 'yjs';
import {
	Authorship,
	createWorkspaceDoc,
	documentBody,
	listDocuments,
	initializeWorkspace,
	newMemberId,
	type MemberId
} from '../../src/lib/doc';
import { findDivergence, findVersionDrift } from './compare';
import {
	MemoryNetwork,
	type Faults,
	type NetworkStats
} from '../../src/lib/workspace/ports/memory-network';
import {
	applyOperation,
	joinIfArrived,
	OPERATION_WEIGHTS,
	type OperationKind,
	type SavedVersions,
	type Writer
} from './operations';
import { Random, withSeededCrypto } from './random';
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
	/** Why the copies are not identical, or do not read as their edits meant; null when all is well. */
	divergence: string | null;
	/** Where a body reads otherwise than its edits meant (the plain-text shadow), if anywhere. */
	drift: string | null;
	/** Every step, for replaying a failing seed by eye. */
	log: string[];
}

/** The moment the scenario's clock starts; every step moves it on by a second. */
const EPOCH = Date.UTC(2026, 0, 1);

/** The steps between operations: network events, weighted against one another. */
const STEP_WEIGHTS = { operation: 60, deliver: 25, partition: 2, heal: 2.5, idle: 8 } as const;

/**
 * One random scenario, decided entirely by its seed: 3 to 6 copies of a workspace, one creates it
 * and the others join; they apply random operations while the network misbehaves; at the end
 * everything heals and the copies must be identical.
 */
export function runScenario(seed: number): ScenarioResult {
	const random = new Random(seed);
	return withSeededCrypto(random, () => scenario(seed, random));
}

function scenario(seed: number, random: Random): ScenarioResult {
	const copies = random.int(3, 6);
	const faults: Faults = {
		drop: random.pick([0, 0.05, 0.15, 0.3]),
		duplicate: random.pick([0, 0.05, 0.2]),
		maxDelay: random.pick([0, 2, 6, 12])
	};
	const clientIds = new Set<number>();
	while (clientIds.size < copies) clientIds.add(random.int(1, 2 ** 31));
	const ledger = newLedger();
	const writers: Writer[] = [...clientIds].map((clientId, i) => {
		const doc = createWorkspaceDoc();
		// Client ids come from the seed too, so that replays break ties between copies the same way.
		doc.clientID = clientId;
		return {
			doc,
			member: newMemberId() as MemberId,
			authorship: new Authorship(doc),
			name: `Member ${i + 1}`,
			joined: false,
			shadow: new Shadow(i, doc, ledger)
		};
	});
	const docs = writers.map((w) => w.doc);
	const shadows = writers.map((w) => w.shadow);
	const network = new MemoryNetwork(random, docs, faults);
	const log: string[] = [`${copies} copies, faults ${JSON.stringify(faults)}`];
	let now = EPOCH;
	const saved: SavedVersions = new Map();

	const creator = writers[0]!;
	creator.authorship.claimLocalChanges(creator.member);
	creator.doc.transact(() => {
		initializeWorkspace(creator.doc, {
			name: 'Working group',
			locale: 'en',
			now,
			creator: { id: creator.member, name: creator.name, colour: '#1f5f5b' }
		});
		for (const { id } of listDocuments(creator.doc))
			creator.shadow.begin(id, documentBody(creator.doc, id)!);
	});
	creator.joined = true;
	// The others join: they connect to the creator, and one another, with sync step 1.
	network.heal();

	const steps = random.int(20, 100);
	let operations = 0;
	const kinds: ScenarioResult['kinds'] = {};
	let rounds = 0;
	let divergence: string | null;
	let drift: string | null = null;
	try {
		for (let step = 0; step < steps; step++) {
			now += 1000;
			const event = random.weighted(STEP_WEIGHTS);
			if (event === 'operation') {
				const copy = random.int(0, copies - 1);
				const kind = random.weighted(OPERATION_WEIGHTS);
				const writer = writers[copy]!;
				const joined = network.together(copy, () => joinIfArrived(writer, random, now));
				const done =
					joined ?? network.together(copy, () => applyOperation(writer, kind, random, now, saved));
				if (done !== null) {
					operations++;
					if (joined === null) kinds[kind] = (kinds[kind] ?? 0) + 1;
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
		}
		log.push(`settle with ${network.inFlight} messages in flight`);
		rounds = network.settle();
		divergence = findDivergence(docs) ?? findVersionDrift(docs, saved);
		drift = divergence === null ? findIntentDrift(docs, shadows, ledger) : null;
	} catch (error) {
		// A throw anywhere (an update a copy cannot apply, say) is a failure of this seed too.
		divergence = error instanceof Error ? (error.stack ?? error.message) : String(error);
	}
	const raced = splitOrJoinRaced(shadows);
	for (const doc of docs) doc.destroy();
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
		divergence,
		drift,
		log
	};
}

/**
 * The check of the check: two copies that differ only by a deletion one of them never sent (their
 * state vectors are equal, since deleting adds nothing to them) must be found to differ.
 */
export function divergenceWithoutSync(seed: number): string | null {
	const random = new Random(seed);
	return withSeededCrypto(random, () => {
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
