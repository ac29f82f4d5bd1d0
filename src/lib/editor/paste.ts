import DOMPurify from 'dompurify';

/**
 * What pasted HTML may keep before the editor reads it: only the structures the editor has, and
 * links to web and e-mail addresses. Scripts, handlers, styles, frames and images never pass.
 */
const PASTE_CONFIG = {
	ALLOWED_TAGS: [
		'h1',
		'h2',
		'h3',
		'h4',
		'h5',
		'h6',
		'p',
		'br',
		'ul',
		'ol',
		'li',
		'blockquote',
		'strong',
		'b',
		'em',
		'i',
		'a',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td',
		'div',
		'span'
	],
	// A comment thread's id on its passage, so that the passage's thread travels when it is cut
	// and pasted; an id of no thread marks nothing anyone sees.
	ALLOWED_ATTR: ['href', 'start', 'colspan', 'rowspan', 'data-comment-thread'],
	ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
	FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'img', 'svg', 'math']
};

/** Sanitises HTML pasted into the editor (the browser's DOM does the parsing). */
export function sanitizePastedHtml(html: string): string {
	return DOMPurify.sanitize(html, PASTE_CONFIG);
}
