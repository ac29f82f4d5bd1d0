import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What goes into the built app; a change to any of these makes the build stale. */
const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

/** Written after a successful build; its age is the build's age. */
export const BUILD_STAMP = '.build-stamp';

function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const entry of readdirSync(path)) {
		if (entry === 'paraglide' || entry === 'node_modules') continue;
		newest = Math.max(newest, newestChange(join(path, entry)));
	}
	return newest;
}

/** Whether the app in `buildDir` is missing or older than any of its sources under `root`. */
export function isBuildStale(root: string, buildDir: string): boolean {
	const stamp = join(buildDir, BUILD_STAMP);
	if (!existsSync(stamp)) return true;
	const built = statSync(stamp).mtimeMs;
	return SOURCES.some((source) => newestChange(join(root, source)) > built);
}

/** Builds the app with Vite when it is missing or stale; throws if the build fails. */
export function buildIfNeeded(root: string, buildDir: string, log: (line: string) => void): void {
	if (!isBuildStale(root, buildDir)) {
		log('The built app is up to date.');
		return;
	}
	log('Building the app (this takes a minute the first time)…');
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
		{
			cwd: root,
			stdio: 'inherit'
		}
	);
	if (result.status !== 0) throw new Error('The build failed; see the messages above.');
}
