import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachSignalingRelay, type SignalingRelay } from '../../src/server/signaling-relay';
import { createWorkspace, expect, typeAtEnd } from './fixtures';
import { connection, joinByLink, readInviteLink, test } from './peers';

/** A signaling relay of the test's own, on a fixed port, that can be stopped and started again. */
class TestRelay {
	#server: Server | null = null;
	#relay: SignalingRelay | null = null;
	port = 0;

	async start(): Promise<void> {
		const server = createServer((_, res) => res.writeHead(426).end());
		this.#relay = attachSignalingRelay(server, { path: null });
		await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
		this.port = (server.address() as AddressInfo).port;
		this.#server = server;
	}

	async stop(): Promise<void> {
		const server = this.#server;
		this.#server = null;
		await this.#relay?.close();
		this.#relay = null;
		if (server) await new Promise((resolve) => server.close(resolve));
	}
}

test('when the relay stops and starts again, members find each other by themselves', async ({
	amina,
	bea
}) => {
	const relay = new TestRelay();
	await relay.start();
	try {
		// The group uses only its own relay: Amina sets it up before creating the workspace.
		await amina.page.goto('/settings');
		await amina.page
			.getByRole('textbox', { name: 'Signaling server address' })
			.fill(`ws://127.0.0.1:${relay.port}`);
		await amina.page.getByRole('button', { name: 'Add signaling server' }).click();
		await amina.page
			.getByRole('button', { name: /^Remove ws:\/\/127\.0\.0\.1:\d+\/signal$/ })
			.click();
		await expect(amina.page.getByRole('button', { name: /^Remove / })).toHaveCount(1);

		await createWorkspace(amina.page, 'Own Relay');
		const link = await readInviteLink(amina.page);
		expect(new URL(link).hash).toContain(encodeURIComponent(`ws://127.0.0.1:${relay.port}`));
		await joinByLink(bea.page, link, 'Bea');
		await expect(connection(bea.page)).toHaveText('Connected to 1 peer');

		await relay.stop();
		// Bea drops her connection; with the relay gone she cannot find Amina again.
		await bea.page.getByRole('switch', { name: 'Work offline' }).click();
		await bea.page.getByRole('switch', { name: 'Work offline' }).click();
		await expect(connection(bea.page)).toHaveText('Looking for peers');
		await typeAtEnd(amina.page, 'Charter', 'Written while the relay was down.');

		await relay.start();
		await expect(connection(bea.page)).toHaveText('Connected to 1 peer', { timeout: 20_000 });
		await expect(bea.page.getByRole('textbox', { name: 'Charter' })).toContainText(
			'Written while the relay was down.'
		);
	} finally {
		await relay.stop();
	}
});
