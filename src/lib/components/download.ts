/** Hands a file to the browser as a download with the given name. */
export function download(file: { fileName: string; blob: Blob }): void {
	const url = URL.createObjectURL(file.blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = file.fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
