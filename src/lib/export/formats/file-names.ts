/** The longest file name made from a title, in characters. */
const MAX_NAME = 60;
/** Names Windows reserves for devices, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name (without extension) made from a title: letters and digits of every script are kept,
 * everything else becomes '-', at most 60 characters; 'document' when nothing is left.
 */
export function safeFileName(title: string): string {
	const slug = Array.from(
		title
			.normalize('NFC')
			.toLowerCase()
			.replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-')
			.replace(/^[-_]+|[-_]+$/g, '')
	)
		.slice(0, MAX_NAME)
		.join('')
		.replace(/^\p{M}+/u, '')
		.replace(/[-_]+$/, '');
	if (slug === '') return 'document';
	return RESERVED.test(slug) ? `${slug}_` : slug;
}
