import { hkdfSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveWorkspaceKeys, newWorkspaceSecret } from './keys';

const fixedSecret = Uint8Array.from({ length: 32 }, (_, i) => i);

function reference(purpose: string, bytes: number): string {
	const out = hkdfSync('sha256', fixedSecret, 'concord/workspace/v1', purpose, bytes);
	return Buffer.from(out).toString('base64url');
}

describe('workspace keys', () => {
	it('match HKDF-SHA-256 computed independently, and a fixed vector', async () => {
		const keys = await deriveWorkspaceKeys(fixedSecret);
		expect(keys.workspaceId).toBe(reference('workspace-id', 16));
		expect(keys.roomName).toBe(reference('signaling-room', 32));
		expect(keys.roomPassword).toBe(reference('signaling-password', 32));
		expect(keys.workspaceId).toMatchInlineSnapshot(`"qUaj3RSrFnvYfYhJXeidXw"`);
	});

	it('differ between secrets and never contain the secret', async () => {
		const secret = newWorkspaceSecret();
		const a = await deriveWorkspaceKeys(secret);
		const b = await deriveWorkspaceKeys(newWorkspaceSecret());
		expect(a.workspaceId).not.toBe(b.workspaceId);
		const secretText = Buffer.from(secret).toString('base64url');
		for (const value of Object.values(a)) expect(value).not.toContain(secretText.slice(0, 10));
		expect(new Set(Object.values(a)).size).toBe(3);
	});

	it('refuse a secret of the wrong length', async () => {
		await expect(deriveWorkspaceKeys(new Uint8Array(16))).rejects.toThrow(/32 bytes/);
	});
});
