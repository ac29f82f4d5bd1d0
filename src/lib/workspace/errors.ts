/** Thrown when a workspace is asked for that this device does not keep. */
export class WorkspaceNotFoundError extends Error {
	constructor(readonly id: string) {
		super(`No workspace ${id} on this device.`);
		this.name = 'WorkspaceNotFoundError';
	}
}

/**
 * Thrown when a workspace uses a signaling server this page's policy does not allow yet (it was
 * added after the page loaded): loading the page afresh allows it.
 */
export class FreshPageNeededError extends Error {
	constructor(readonly id: string) {
		super(`Workspace ${id} needs a fresh page load to reach its signaling servers.`);
		this.name = 'FreshPageNeededError';
	}
}

export { WorkspaceAlreadyOpenError } from './open-workspaces';
