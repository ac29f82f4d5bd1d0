/** Opening, creating and deleting workspaces: the one place where the layers are wired together. */
export * from './workspace';
export { ensureDurableStorage, type Durability } from '../persistence';
