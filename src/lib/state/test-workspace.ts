import { afterEach } from 'vitest';
import { Workspace, type MemberId } from '../workspace';
import { memoryPorts } from '../workspace/memory-ports';
import { ManualClock, MemoryNetwork } from '../workspace/ports';

/*
 * For the state's unit tests: a facilitator's workspace on an in-memory device (a calm network,
 * a clock the test moves), destroyed after each test.
 */

const calm = { int: (min: number) => min, chance: () => false };
const opened: Workspace[] = [];

afterEach(async () => {
	for (const workspace of opened.splice(0)) await workspace.destroy();
});

/** Creates and opens "Water committee" as Amina, its first facilitator, at moment `now`. */
export async function openTestWorkspace(now = Date.now()) {
	const clock = new ManualClock(now);
	const ports = memoryPorts(new MemoryNetwork(calm), clock, {
		memberId: 'member-amina-000000001' as MemberId,
		name: 'Amina',
		colour: '#1f5f5b'
	});
	const workspace = await Workspace.open(
		await Workspace.create({ name: 'Water committee', locale: 'en' }, ports),
		ports
	);
	opened.push(workspace);
	return { workspace, clock };
}
