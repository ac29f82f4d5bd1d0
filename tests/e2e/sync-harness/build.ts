import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The path the harness is served under, by the test's own loopback server. */
export const HARNESS_BASE = '/__sync-contract/';

/**
 * Builds the sync-contract harness page's code with Vite, in memory: the files by path under
 * `HARNESS_BASE`, the entry being `harness.js`.
 */
export async function buildHarness(): Promise<Map<string, string>> {
	const root = fileURLToPath(new URL('../../..', import.meta.url));
	const output = await build({
		configFile: false,
		root,
		base: HARNESS_BASE,
		logLevel: 'silent',
		build: {
			write: false,
			minify: false,
			lib: {
				entry: fileURLToPath(new URL('./harness.ts', import.meta.url)),
				formats: ['es'],
				fileName: () => 'harness.js'
			}
		},
		worker: { format: 'es' }
	});
	const files = new Map<string, string>();
	for (const result of [output].flat()) {
		if (!('output' in result)) continue;
		for (const file of result.output)
			files.set(file.fileName, file.type === 'chunk' ? file.code : String(file.source));
	}
	return files;
}
