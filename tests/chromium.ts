/**
 * How every browser suite launches Chromium here: Debian's build (or CHROMIUM_PATH), with the
 * flags TESTING.md lists so that it stays off the network and WebRTC works over loopback.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags: no sandbox (root in CI), no GPU, no background traffic, loopback WebRTC. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--allow-loopback-in-peer-connection'
];
