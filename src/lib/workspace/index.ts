/** Opening, creating, joining and deleting workspaces: the one place where the layers are wired. */
export * from './workspace';
export { browserPorts } from './browser-ports';
export type { WorkspacePorts } from './workspace-ports';
export type { DocumentBody } from './operations/documents';
export type { DecisionInit, DecisionOnVersion } from './operations/decisions';
export type { AuthoredText, Comparison } from './operations/texts';
export * from './registry';
export * from './join';
export * from './invites';
export * from './workspace-file';
export * from './profile';
export * from './away';
export * from './damaged';
export { LocalDataError, type LocalDataProblem, type RescuedData } from '../persistence';
export { deviceSignaling } from './network';
export { restrictConnections } from './connection-policy';
export { ensureDurableStorage, type Durability } from '../persistence';
export {
	loadNetworkSettings,
	saveNetworkSettings,
	type NetworkSettings,
	type WorkspaceEntry
} from '../persistence';
export {
	normalizeIceServer,
	normalizeSignalingUrl,
	sameOriginSignaling,
	type IceServer
} from '../sync/network-config';
export type { ConnectionStatus } from './ports';
export { readPresence, type PresentPerson } from '../sync/presence';
/** The shared presence of a workspace's room, handed through to the editor and the people list. */
export type { Awareness as PresenceSource } from 'y-protocols/awareness';
