import { createContext } from 'svelte';
import type { WorkspaceSession } from './workspace-session.svelte';

/**
 * The open workspace, for the components of its pages. A getter, because the session is replaced
 * when the person opens another workspace.
 */
export const [getSession, setSession] = createContext<() => WorkspaceSession>();
