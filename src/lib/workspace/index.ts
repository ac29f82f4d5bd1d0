/** Opening, creating, joining and deleting workspaces: the one place where the layers are wired. */
export * from './workspace';
export { browserPorts } from './browser-ports';
export type { WorkspacePorts } from './workspace-ports';
export * from './vocabulary';
export * from './registry';
export * from './join';
export * from './invites';
export * from './concord-file/open-and-save';
export * from './profile';
export * from './away';
export * from './damaged';
export { LocalDataError, type LocalDataProblem, type RescuedData } from '../persistence';
export { deviceSignaling } from './network';
export { restrictConnections } from './connection-policy';
export { ensureDurableStorage } from '../persistence';
export { loadNetworkSettings, saveNetworkSettings, type NetworkSettings } from '../persistence';
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
