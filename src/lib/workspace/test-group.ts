import { afterEach } from 'vitest';
import { newMemberId } from '../doc';
import { joinWithInvite } from './join';
import { memoryPorts } from './memory-ports';
import { secretOf } from './network';
import { ManualClock, MemoryNetwork } from './ports';
import { Workspace } from './workspace';

/*
 * For the workspace's unit tests: two people on their own in-memory devices, on a network
 * without faults (these tests are about the workspace, not the network), destroyed after each test.
 */

const calm = { int: (min: number) => min, chance: () => false };
const opened: Workspace[] = [];

afterEach(async () => {
	for (const workspace of opened.splice(0)) await workspace.destroy();
});

/** Amina creates a workspace, Bea joins it by its invite; both copies open and in step. */
export async function group() {
	const network = new MemoryNetwork(calm);
	const clock = new ManualClock(Date.UTC(2026, 5, 1));
	const amina = memoryPorts(network, clock, {
		memberId: newMemberId(),
		name: 'Amina',
		colour: '#1f5f5b'
	});
	const bea = memoryPorts(network, clock, {
		memberId: newMemberId(),
		name: 'Bea',
		colour: '#145a86'
	});
	const id = await Workspace.create({ name: 'Water committee', locale: 'en' }, amina);
	const first = await Workspace.open(id, amina);
	clock.advance(60_000);
	await joinWithInvite({ secret: secretOf(first.entry), signaling: [] }, bea);
	const second = await Workspace.open(id, bea);
	opened.push(first, second);
	/** Lets every message and what it sets off go through. */
	const settle = async () => {
		for (let i = 0; i < 3; i++) {
			network.drain();
			await new Promise((resolve) => setImmediate(resolve));
		}
	};
	await settle();
	return { id, network, clock, amina, bea, first, second, settle };
}
