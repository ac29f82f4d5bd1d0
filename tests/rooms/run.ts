/**
 * `npm run test:rooms`: rooms of Node members (see room.ts) on Concord's real sync stack. Asserts
 * that every copy converges to one state, and prints the figures. Sizes: `-- 10 50` (default 10, 50).
 * Run it through tests/loopback-only.sh.
 */
import { runRoom } from './room';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
let failed = 0;
for (const members of sizes.length ? sizes : [10, 50]) {
	try {
		const result = await runRoom(members, { maxConns: Number(process.env.ROOMS_MAX_CONNS) || 0 });
		console.log(
			`room of ${members}: joined in ${result.joinMs} ms; ` +
				(result.converged
					? `every copy identical ${result.convergeMs} ms after the edits; ` +
						`${result.messagesPerEdit.toFixed(1)} messages received per edit by each copy`
					: 'copies did NOT converge')
		);
		if (!result.converged) failed++;
	} catch (error) {
		console.error(`room of ${members} failed:`, error);
		failed++;
	}
}
console.log(`rooms: ${sizes.length || 2} rooms, ${failed} failed`);
process.exit(failed ? 1 : 0);
