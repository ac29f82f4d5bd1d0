import { deleteDB } from 'idb';
import { LocalStore } from '../../persistence';
import { runStoreContract } from './store-contract';

runStoreContract('the IndexedDB store', () => ({
	open: (doc, name, options) => new LocalStore(doc, name, options),
	remove: (name) => deleteDB(name)
}));
