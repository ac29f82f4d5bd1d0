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
import { textBlocks } from './editor-operations';
import { Network, type Faults, type NetworkStats } from './network';
import {
	applyOperation,
	joinIfArrived,
	OPERATION_WEIGHTS,
	type OperationKind,
	type SavedVersions,
	type Writer
} from './operations';
import { Random, withSeededCrypto } from './random';

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
	/** Why the copies are not identical, or null when they are. */
	divergence: string | null;
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
	const writers: Writer[] = [...clientIds].map((clientId, i) => {
		const doc = createWorkspaceDoc();
		// Client ids come from the seed too, so that replays break ties between copies the same way.
		doc.clientID = clientId;
		return {
			doc,
			member: newMemberId() as MemberId,
			authorship: new Authorship(doc),
			name: `Member ${i + 1}`,
			joined: false
		};
	});
	const docs = writers.map((w) => w.doc);
	const network = new Network(random, docs, faults);
	const log: string[] = [`${copies} copies, faults ${JSON.stringify(faults)}`];
	let now = EPOCH;
	const saved: SavedVersions = new Map();

	const creator = writers[0]!;
	creator.authorship.claimLocalChanges(creator.member);
	initializeWorkspace(creator.doc, {
		name: 'Working group',
		locale: 'en',
		now,
		creator: { id: creator.member, name: creator.name, colour: '#1f5f5b' }
	});
	creator.joined = true;
	// The others join: they connect to the creator, and one another, with sync step 1.
	network.heal();

	const steps = random.int(20, 100);
	let operations = 0;
	const kinds: ScenarioResult['kinds'] = {};
	let rounds = 0;
	let divergence: string | null;
	try {
		for (let step = 0; step < steps; step++) {
			now += 1000;
			const event = random.weighted(STEP_WEIGHTS);
			if (event === 'operation') {
				const copy = random.int(0, copies - 1);
				const kind = random.weighted(OPERATION_WEIGHTS);
				const writer = writers[copy]!;
				const joined = joinIfArrived(writer, random, now);
				const done = joined ?? applyOperation(writer, kind, random, now, saved);
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
	} catch (error) {
		// A throw anywhere (an update a copy cannot apply, say) is a failure of this seed too.
		divergence = error instanceof Error ? (error.stack ?? error.message) : String(error);
	}
	for (const doc of docs) doc.destroy();
	return {
		seed,
		copies,
		faults,
		operations,
		kinds,
		stats: network.stats,
		rounds,
		divergence,
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
		const blocks = textBlocks(documentBody(docs[1], id)!);
		const text = blocks[blocks.length - 1]!.element.get(0) as Y.XmlText;
		text.delete(0, 1);
		return findDivergence(docs);
	});
}
