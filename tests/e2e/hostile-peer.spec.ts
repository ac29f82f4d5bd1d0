import type { Page } from '@playwright/test';
import { createWorkspace, expect, typeAtEnd } from './fixtures';
import { connection, documentText, joinByLink, readInviteLink, setMyName, test } from './peers';

/**
 * Runs in the hostile member's page only: records the data channels its copy opens and the
 * messages y-webrtc sends on them, so the test can send raw bytes of its own on the same channels.
 */
const CAPTURE_CHANNELS = () => {
	const w = window as unknown as { __channels: RTCDataChannel[]; __sent: Uint8Array[] };
	w.__channels = [];
	w.__sent = [];
	const create = RTCPeerConnection.prototype.createDataChannel;
	RTCPeerConnection.prototype.createDataChannel = function (...args) {
		const channel = create.apply(this, args);
		w.__channels.push(channel);
		return channel;
	};
	const Original = window.RTCPeerConnection;
	window.RTCPeerConnection = class extends Original {
		constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
			super(...args);
			this.addEventListener('datachannel', (e) => w.__channels.push(e.channel));
		}
	};
	const send = RTCDataChannel.prototype.send;
	RTCDataChannel.prototype.send = function (data: never) {
		if (data && typeof data === 'object' && 'byteLength' in data) {
			w.__sent.push(new Uint8Array((data as ArrayBufferView).buffer).slice());
		}
		return send.call(this, data);
	};
};

/** In the hostile page: sends malformed sync messages built from its own real ones. */
function sendMalformed(page: Page): Promise<number> {
	return page.evaluate(() => {
		const w = window as unknown as { __channels: RTCDataChannel[]; __sent: Uint8Array[] };
		const varUint = (n: number) => {
			const out: number[] = [];
			while (n > 127) {
				out.push((n & 127) | 128);
				n = Math.floor(n / 128);
			}
			out.push(n);
			return out;
		};
		const readVarUint = (b: Uint8Array, pos: number) => {
			let n = 0;
			let shift = 1;
			for (;;) {
				const byte = b[pos++]!;
				n += (byte & 127) * shift;
				shift *= 128;
				if (byte < 128) return { n, pos };
			}
		};
		const syncMessage = (kind: number, payload: ArrayLike<number>) =>
			Uint8Array.from([0, kind, ...varUint(payload.length), ...Array.from(payload)]);
		// The largest update y-webrtc sent: the sync step 2 with the whole workspace.
		const updates = w.__sent
			.filter((m) => m[0] === 0 && (m[1] === 1 || m[1] === 2))
			.map((m) => {
				const { n, pos } = readVarUint(m, 2);
				return m.slice(pos, pos + n);
			})
			.sort((a, b) => b.length - a.length);
		const real = updates[0]!;
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const bad: Uint8Array[] = [new Uint8Array(), Uint8Array.of(0), Uint8Array.of(9, 9, 9)];
		for (let i = 1; i < 200; i++)
			bad.push(syncMessage(2, real.slice(0, Math.floor((real.length * i) / 200))));
		for (let i = 0; i < 200; i++) {
			bad.push(
				syncMessage(
					2,
					Uint8Array.from({ length: 1 + Math.floor(random() * 300) }, () =>
						Math.floor(random() * 256)
					)
				)
			);
		}
		for (let i = 0; i < 50; i++) bad.push(syncMessage(2, Uint8Array.from([...real, 1, 2, 3, i])));
		// The tab-to-tab announcement must never come over a data channel.
		bad.push(Uint8Array.from([4, 1, 5, 97, 98, 99, 100, 101]));
		for (const channel of w.__channels) {
			if (channel.readyState !== 'open') continue;
			for (const message of bad) channel.send(message as Uint8Array<ArrayBuffer>);
		}
		return bad.length;
	});
}

/** In the hostile page: floods presence, thousands of messages at once, with absurd names. */
function floodPresence(page: Page, count: number): Promise<void> {
	return page.evaluate((count) => {
		const w = window as unknown as { __channels: RTCDataChannel[] };
		const varUint = (n: number) => {
			const out: number[] = [];
			while (n > 127) {
				out.push((n & 127) | 128);
				n = Math.floor(n / 128);
			}
			out.push(n);
			return out;
		};
		const text = new TextEncoder();
		for (let i = 0; i < count; i++) {
			const state = text.encode(
				JSON.stringify({ user: { name: `<b>Flood</b> ${'x'.repeat(300)} ${i}`, color: 'red' } })
			);
			const entry = [
				...varUint(1),
				...varUint(424242 + (i % 50)),
				...varUint(i + 1),
				...varUint(state.length),
				...state
			];
			const message = Uint8Array.from([1, ...varUint(entry.length), ...entry]);
			for (const channel of w.__channels) if (channel.readyState === 'open') channel.send(message);
		}
	}, count);
}

test('a hostile peer’s malformed updates and presence flood change nothing and freeze nothing', async ({
	amina,
	bea: mallory
}) => {
	await mallory.context.addInitScript(CAPTURE_CHANNELS);
	const warnings: string[] = [];
	amina.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));

	await setMyName(amina.page, 'Amina');
	await createWorkspace(amina.page, 'Guarded Network');
	await joinByLink(mallory.page, await readInviteLink(amina.page), 'Mallory');
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');
	await typeAtEnd(amina.page, 'Charter', 'We meet monthly.');
	const here = amina.page.getByRole('list', { name: 'Here now' });
	await expect(here.getByRole('listitem').filter({ hasText: 'Mallory' })).toBeVisible();
	const before = await documentText(amina.page, 'Charter');

	const sent = await sendMalformed(mallory.page);
	await expect
		.poll(() => warnings.filter((w) => w.includes('ignored a message')).length)
		.toBeGreaterThan(5);
	expect(await documentText(amina.page, 'Charter')).toBe(before);
	// Bad messages are refused one by one; the peer stays connected and its good edits still arrive.
	await expect(connection(amina.page)).toHaveText('Connected to 1 peer');
	await typeAtEnd(mallory.page, 'Charter', 'Mallory still writes valid text.');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Mallory still writes valid text.'
	);
	console.log(`sent ${sent} malformed messages; Amina logged ${warnings.length} warnings`);

	// A ticker in Amina's page measures the longest pause of its event loop during the flood.
	await amina.page.evaluate(() => {
		const w = window as unknown as { __longestPause: number };
		w.__longestPause = 0;
		let last = performance.now();
		const tick = () => {
			const now = performance.now();
			w.__longestPause = Math.max(w.__longestPause, now - last);
			last = now;
			setTimeout(tick, 5);
		};
		tick();
	});
	const charterBefore = await documentText(amina.page, 'Charter');
	await floodPresence(mallory.page, 5000);
	await expect
		.poll(() => warnings.some((w) => /disconnected peer .*faster than allowed/.test(w)))
		.toBe(true);

	const longestPause = () =>
		amina.page.evaluate(() => {
			const w = window as unknown as { __longestPause: number };
			const pause = w.__longestPause;
			w.__longestPause = 0;
			return Math.round(pause);
		});
	await amina.page.waitForTimeout(1000);
	const floodPause = await longestPause();

	// Amina's page still answers: what she types shows up, and the flood changed no text.
	await typeAtEnd(amina.page, 'Charter', 'Still responsive.');
	await expect(amina.page.getByRole('textbox', { name: 'Charter' })).toContainText(
		'Still responsive.'
	);
	expect(await documentText(amina.page, 'Charter')).toBe(`${charterBefore}Still responsive.`);
	const typingPause = await longestPause();
	const disconnects = warnings.filter((w) => w.includes('disconnected peer')).length;
	console.log(
		`Amina's page, longest pause: ${floodPause} ms during a flood of 5000 presence messages, ` +
			`${typingPause} ms while typing a sentence afterwards; ${disconnects} disconnection(s) logged`
	);
	// Names from presence are text, capped in length; no flooded markup became an element.
	const names = await here.getByRole('listitem').allTextContents();
	for (const name of names) expect(name.length).toBeLessThan(120);
	await expect(here.locator('b')).toHaveCount(0);
});
