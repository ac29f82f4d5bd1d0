/**
 * Rooms of Node members on the real sync stack (tests/rooms): the time from everyone's edit to
 * every copy holding every line, and the messages each copy receives per edit, against a room of
 * members synced by y-webrtc alone, unguarded, of the same size and in the same run.
 */
import { runRoom, type RoomResult } from '../../rooms/room';
import type { Figure, FigureSource } from '../suite/figure';
import type { BenchStage } from '../suite/stage';

async function converged(members: number, raw: boolean): Promise<RoomResult> {
	const result = await runRoom(members, { raw });
	if (!result.converged)
		throw new Error(`a room of ${members}${raw ? ' (y-webrtc)' : ''} did not converge`);
	return result;
}

export const roomFigures: FigureSource = {
	title: 'Rooms',
	async measure(stage: BenchStage) {
		const figures: Figure[] = [];
		for (const members of stage.pick([10, 20], [10, 20, 50])) {
			const baseline = await converged(members, true);
			const concord = await converged(members, false);
			const baselineName = `y-webrtc alone, ${members} members`;
			figures.push(
				{
					name: `Room of ${members}: every copy holds every line, after the edits`,
					concord: { value: concord.convergeMs, unit: 'ms' },
					baseline: { name: baselineName, value: baseline.convergeMs, unit: 'ms' },
					note: `each member adds a line at once; joined in ${concord.joinMs} ms (y-webrtc alone ${baseline.joinMs} ms)`
				},
				{
					name: `Room of ${members}: messages each copy receives per edit`,
					concord: { value: concord.messagesPerEdit, unit: 'messages' },
					baseline: { name: baselineName, value: baseline.messagesPerEdit, unit: 'messages' },
					note: 'every data-channel message from the edits to the last copy complete, presence included'
				}
			);
		}
		return figures;
	}
};
