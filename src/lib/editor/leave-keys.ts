/**
 * A way out of the text by keyboard. Inside a table Tab moves between cells (and adds a row at the
 * end), so Tab alone never leaves; Escape then Tab (or Shift+Tab) does, as in other editors built
 * on ProseMirror. Listens on an element around the editor, in the capture phase, so that the Tab
 * after Escape never reaches the editor and the browser moves the focus as it always does.
 * Returns the function that stops listening.
 */
export function leaveOnEscapeThenTab(around: HTMLElement): () => void {
	let escaped = false;
	const onkeydown = (event: KeyboardEvent) => {
		if (event.key === 'Tab' && escaped && !event.altKey && !event.ctrlKey && !event.metaKey) {
			event.stopPropagation();
		}
		// Shift (for Shift+Tab) and the other modifiers alone do not cancel the Escape.
		if (!['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) escaped = event.key === 'Escape';
	};
	const onfocusout = () => (escaped = false);
	around.addEventListener('keydown', onkeydown, { capture: true });
	around.addEventListener('focusout', onfocusout);
	return () => {
		around.removeEventListener('keydown', onkeydown, { capture: true });
		around.removeEventListener('focusout', onfocusout);
	};
}
