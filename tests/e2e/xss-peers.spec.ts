import type { Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../xss/payloads';
import { createWorkspace, expect } from './fixtures';
import { connection, joinByLink, readInviteLink, test } from './peers';
import { expectPayloadsAsText, report, typePayloads, watch } from './xss-watch';

/**
 * What arrives from another member: their name and colour by presence, and the text they type.
 * A hostile member can send anything their browser can, so one of them also sends presence it
 * made up, for many people at once, straight into the WebRTC data channel.
 */

/** Records every WebRTC data channel a page opens or is offered. */
const RECORD_DATA_CHANNELS = () => {
	const channels: RTCDataChannel[] = [];
	(window as unknown as { __channels: RTCDataChannel[] }).__channels = channels;
	const create = RTCPeerConnection.prototype.createDataChannel;
	RTCPeerConnection.prototype.createDataChannel = function (...args) {
		const channel = create.apply(this, args);
		channels.push(channel);
		return channel;
	};
	const Original = window.RTCPeerConnection;
	window.RTCPeerConnection = class extends Original {
		constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
			super(...args);
			this.addEventListener('datachannel', (event) => channels.push(event.channel));
		}
	};
};

/** A member name as Concord shows it: no control or format characters, spaces collapsed, capped. */
const shownName = (text: string) =>
	text
		.replace(/[\p{Cc}\p{Cf}]/gu, '')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 60);

/** The names in the "Here now" list of a page. */
function hereNow(page: Page) {
	return page.getByRole('region', { name: 'Here now' }).getByRole('listitem');
}

/**
 * Sends, over every open data channel of the page, one presence message (y-protocols awareness,
 * as y-webrtc frames it) describing made-up people with these names and colours.
 */
async function sendPresence(page: Page, people: { name: string; colour: string }[], clock: number) {
	return page.evaluate(
		({ people, clock }) => {
			const bytes: number[] = [];
			const varUint = (n: number) => {
				while (n > 127) {
					bytes.push(0x80 | (n & 0x7f));
					n = Math.floor(n / 128);
				}
				bytes.push(n);
			};
			const varBytes = (data: Uint8Array) => (varUint(data.length), bytes.push(...data));
			varUint(people.length);
			people.forEach((person, i) => {
				varUint(900_000_000 + i); // a client id
				varUint(clock); // a newer clock replaces what the same client id said before
				const state = { user: { name: person.name, color: person.colour }, documentId: null };
				varBytes(new TextEncoder().encode(JSON.stringify(state)));
			});
			const update = new Uint8Array(bytes);
			bytes.length = 0;
			varUint(1); // y-webrtc's awareness message
			varBytes(update);
			const channels = (window as unknown as { __channels: RTCDataChannel[] }).__channels;
			const open = channels.filter((c) => c.readyState === 'open');
			for (const channel of open) channel.send(new Uint8Array(bytes));
			return open.length;
		},
		{ people, clock }
	);
}

test('names, colours and text from another member are shown as text only', async ({
	amina,
	bea,
	baseURL
}) => {
	test.setTimeout(180_000);
	const seenByAmina = await watch(amina.context, baseURL!);
	const seenByBea = await watch(bea.context, baseURL!);
	await bea.context.addInitScript(RECORD_DATA_CHANNELS);

	await createWorkspace(amina.page, 'Peers XSS');
	const link = await readInviteLink(amina.page);
	// Bea joins under a payload as her name, then changes it in Settings to another one.
	const joinName = XSS_PAYLOADS.find((p) => p.family === 'handler')!.text;
	await joinByLink(bea.page, link, joinName);
	await expect(hereNow(amina.page).filter({ hasText: shownName(joinName) })).toHaveCount(1);
	const settingsName = XSS_PAYLOADS.find((p) => p.family === 'mutation')!.text;
	const workspaceUrl = bea.page.url();
	await bea.page.getByRole('link', { name: 'Settings' }).click();
	await bea.page.getByRole('textbox', { name: 'Your name' }).fill(settingsName);
	await bea.page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(bea.page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
	await bea.page.goto(workspaceUrl);
	await expect(hereNow(amina.page).filter({ hasText: shownName(settingsName) })).toHaveCount(1);
	await report(amina.page, seenByAmina, 'member names set by a member', 2);

	// Remote updates: what Bea types arrives in Amina's copy, as text.
	await bea.page.getByRole('textbox', { name: 'Charter' }).click();
	await bea.page.keyboard.press('Control+End');
	await bea.page.keyboard.press('Enter');
	await typePayloads(bea.page);
	await expectPayloadsAsText(bea.page, 'Charter');
	await report(bea.page, seenByBea, 'typed by a member', XSS_PAYLOADS.length);
	await expect
		.poll(async () => {
			try {
				await expectPayloadsAsText(amina.page, 'Charter');
				return true;
			} catch {
				return false;
			}
		})
		.toBe(true);
	await report(amina.page, seenByAmina, 'remote updates', XSS_PAYLOADS.length);

	// A hostile member's made-up presence: every payload as a name, with payloads as colours, and
	// one name far too long.
	await expect(connection(bea.page)).toHaveText('Connected to 1 peer');
	const people = XSS_PAYLOADS.map((p, i) => ({
		name: p.text,
		colour:
			i % 2
				? `red;background:url(https://attacker.test/c${p.id})`
				: `"><img src=x onerror=__xss(${p.id})>`
	}));
	const long = `${'A'.repeat(5000)}<img src=x onerror=__xss(0)>`;
	people.push({ name: long, colour: '#123456' });
	// Two rounds, as the list shows at most a hundred people.
	const half = Math.ceil(people.length / 2);
	for (const [round, group] of [people.slice(0, half), people.slice(half)].entries()) {
		expect(await sendPresence(bea.page, group, round + 1)).toBeGreaterThan(0);
		const expected = group.map((p) => shownName(p.name)).filter((name) => name.length > 0);
		await expect(hereNow(amina.page)).toHaveCount(2 + expected.length);
		// The second round replaces the first under the same client ids, so the count alone
		// cannot tell that it has arrived: wait for its names.
		const missing = async () => {
			const shown = await hereNow(amina.page).allTextContents();
			return expected.filter((name) => !shown.some((text) => text.includes(name)));
		};
		await expect.poll(missing, { message: 'made-up names not shown as text' }).toEqual([]);
		const shown = await hereNow(amina.page).allTextContents();
		expect(shown.some((text) => text.includes('A'.repeat(61)))).toBe(false);
	}
	await report(amina.page, seenByAmina, 'names and colours by presence', people.length);
});
