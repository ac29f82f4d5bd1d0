/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * The offline app shell: every file of this build is cached when the worker installs, so a
 * browser that opened Concord once opens it again with no network. Workspace data never passes
 * through here; it lives in IndexedDB.
 */
import { build, files, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `concord-app-${version}`;
const SHELL = '/200.html';
const PRECACHE = [...build, ...files, SHELL];
const PRECACHED = new Set(PRECACHE);

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			// No skipWaiting(): open tabs keep the build they started with (and its cached chunks)
			// until they are all closed; only then does a new version take over.
			.then((cache) => cache.addAll(PRECACHE))
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => worker.clients.claim())
	);
});

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (PRECACHED.has(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	try {
		return await fetch(request);
	} catch (error) {
		// Offline: every page of this single-page app is the same shell.
		if (request.mode === 'navigate') {
			const shell = await cache.match(SHELL);
			if (shell) return shell;
		}
		throw error;
	}
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
	event.respondWith(respond(event.request));
});
