/**
 * A room of many members as Node processes (see member.ts): starts the real signaling relay,
 * forks the members, waits until each is connected, has each add a line of its own, and waits
 * until every copy holds every line and all copies are identical.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { build } from 'esbuild';
import { attachSignalingRelay } from '../../src/server/signaling-relay';
import type { FromMember, ToMember } from './member';

/** The figures of one room. */
export interface RoomResult {
	members: number;
	/** From the first member starting to the last one connected. */
	joinMs: number;
	/** From the last edit sent to every copy holding every line, identical. */
	convergeMs: number;
	converged: boolean;
	/** Data-channel messages one copy received per edit made in the room, on average. */
	messagesPerEdit: number;
}

const memberSource = fileURLToPath(new URL('./member.ts', import.meta.url));
const memberBundle = fileURLToPath(
	new URL('../../node_modules/.cache/concord-rooms/member.mjs', import.meta.url)
);
let bundled: Promise<string> | undefined;

/**
 * The member as one prebuilt file: fifty processes each compiling the TypeScript sync stack on
 * start-up kept two cores busy for most of a minute before any of them reached the relay.
 */
function memberScript(): Promise<string> {
	bundled ??= build({
		entryPoints: [memberSource],
		outfile: memberBundle,
		bundle: true,
		platform: 'node',
		format: 'esm',
		external: ['node-datachannel', 'ws'],
		logLevel: 'warning'
	}).then(() => memberBundle);
	return bundled;
}

/**
 * node-datachannel gathers no loopback candidates: inside a network namespace holding only
 * loopback (the one tests/loopback-only.sh makes), add a veth pair with private addresses of its
 * own, so peers can connect while nothing leaves the namespace. Elsewhere, touch nothing.
 */
export function prepareNamespace(): void {
	const links = execFileSync('ip', ['-o', 'link'], { encoding: 'utf8' }).trim().split('\n');
	const names = links.map((line) => line.split(':')[1]!.trim().split('@')[0]);
	if (names.includes('rv0')) return;
	if (names.length !== 1 || names[0] !== 'lo') return;
	for (const args of [
		['link', 'add', 'rv0', 'type', 'veth', 'peer', 'name', 'rv1'],
		['addr', 'add', '10.77.0.1/24', 'dev', 'rv0'],
		['addr', 'add', '10.77.0.2/24', 'dev', 'rv1'],
		['link', 'set', 'rv0', 'up'],
		['link', 'set', 'rv1', 'up']
	])
		execFileSync('ip', args);
}

function waitFor<T extends FromMember['kind']>(
	child: ChildProcess,
	kind: T,
	timeoutMs: number
): Promise<Extract<FromMember, { kind: T }>> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`no ${kind} within ${timeoutMs} ms`)),
			timeoutMs
		);
		const listener = (message: FromMember) => {
			if (message.kind !== kind) return;
			clearTimeout(timer);
			child.off('message', listener);
			resolve(message as Extract<FromMember, { kind: T }>);
		};
		child.on('message', listener);
	});
}

const tell = (child: ChildProcess, message: ToMember) => child.send(message);

/** How a room runs: its time limit, y-webrtc's `maxConns`, and `raw` for y-webrtc alone. */
export interface RoomOptions {
	timeoutMs?: number;
	maxConns?: number;
	/** Members synced by y-webrtc alone, unguarded: the baseline Concord's sync is measured against. */
	raw?: boolean;
}

/** Runs one room of `members` members; each adds one line. */
export async function runRoom(
	members: number,
	{ timeoutMs = 120_000, maxConns = 0, raw = false }: RoomOptions = {}
): Promise<RoomResult> {
	prepareNamespace();
	const server = createServer();
	const relay = attachSignalingRelay(server, { path: null });
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const room = randomBytes(16).toString('hex');
	const password = randomBytes(32).toString('base64url');
	const children: ChildProcess[] = [];
	const script = await memberScript();
	try {
		const started = Date.now();
		for (let i = 0; i < members; i++) {
			children.push(
				fork(script, [url, room, password, String(maxConns), raw ? 'raw' : 'concord'], {
					stdio: 'inherit',
					execArgv: []
				})
			);
		}
		const joined = await Promise.all(children.map((c) => waitFor(c, 'joined', timeoutMs)));
		if (process.env.ROOMS_DEBUG)
			console.error(
				'joins',
				joined
					.map((j) => j.at - started)
					.sort((a, b) => a - b)
					.join(' ')
			);
		const joinMs = Math.max(...joined.map((j) => j.at)) - started;
		const lines = children.map((_, i) => `Line written by member ${i + 1}.`);
		// Each member says when its copy holds every line: no polling to load a busy machine.
		const completions = children.map((child) => waitFor(child, 'complete', timeoutMs));
		children.forEach((child, i) => tell(child, { kind: 'edit', line: lines[i]!, expected: lines }));
		const edited = Date.now();
		const settled = await Promise.allSettled(completions);
		const complete = settled.filter((s) => s.status === 'fulfilled').map((s) => s.value.at);
		if (complete.length < members) {
			console.error(`room of ${members}: ${complete.length} copies held every line in time`);
			return { members, joinMs, convergeMs: 0, converged: false, messagesPerEdit: 0 };
		}
		const convergeMs = Math.max(...complete) - edited;
		const states = await Promise.all(
			children.map((child) => {
				const reply = waitFor(child, 'state', timeoutMs);
				tell(child, { kind: 'report' });
				return reply;
			})
		);
		const converged =
			new Set(states.map((s) => s.text)).size === 1 &&
			new Set(states.map((s) => s.stateVector)).size === 1;
		const messages = states.reduce((sum, s) => sum + s.messages, 0);
		return { members, joinMs, convergeMs, converged, messagesPerEdit: messages / members ** 2 };
	} finally {
		for (const child of children) if (child.connected) tell(child, { kind: 'leave' });
		await new Promise((resolve) => setTimeout(resolve, 500));
		for (const child of children) child.kill();
		await relay.close();
		server.close();
	}
}
