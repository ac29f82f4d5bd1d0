import { MEMBER_COLOURS, cleanMemberName, isColour } from '../doc';
import { loadProfile, saveProfile, type DeviceProfile } from '../persistence';

export type { DeviceProfile };

/** This person's name, colour and member id on this device. */
export function currentProfile(): DeviceProfile {
	return loadProfile(MEMBER_COLOURS[0]);
}

/** Changes this person's name and colour; returns false (and changes nothing) for an empty name. */
export function updateProfile(change: { name: string; colour: string }): boolean {
	const name = cleanMemberName(change.name);
	if (name === null || !isColour(change.colour)) return false;
	saveProfile({ ...currentProfile(), name, colour: change.colour });
	return true;
}
