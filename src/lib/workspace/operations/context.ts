import type * as Y from 'yjs';
import type { MemberId } from '../../doc';
import type { Clock, DeviceProfile } from '../ports';

/** What every operation on a workspace acts with: its document, the time, and who acts. */
export interface OperationContext {
	readonly doc: Y.Doc;
	readonly clock: Clock;
	/** This person's member id on this device. */
	me(): MemberId;
	/** Who this person is on this device: member id, name, colour. */
	profile(): DeviceProfile;
}
