import { newMemberId, type MemberId } from '../doc';

/** Who this person is on this device: the same in every workspace they create or join. */
export interface DeviceProfile {
	memberId: MemberId;
	/** Empty until the person gives a name (when joining, or in the settings). */
	name: string;
	colour: string;
}

/** How this device reaches peers: signaling servers and STUN/TURN servers, as the person set them. */
export interface NetworkSettings {
	/** Null until the person changes it: then the app server's own relay is used. */
	signaling: string[] | null;
	iceServers: { urls: string; username?: string; credential?: string }[];
}

const PROFILE_KEY = 'concord.profile';
const NETWORK_KEY = 'concord.network';

function read(key: string): unknown {
	try {
		return JSON.parse(localStorage.getItem(key) ?? 'null');
	} catch {
		return null;
	}
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** This device's profile; created (with a new member id) the first time it is asked for. */
export function loadProfile(defaultColour: string): DeviceProfile {
	const stored = read(PROFILE_KEY) as Partial<DeviceProfile> | null;
	if (stored && isString(stored.memberId) && /^[A-Za-z0-9_-]{16,64}$/.test(stored.memberId)) {
		return {
			memberId: stored.memberId,
			name: isString(stored.name) ? stored.name : '',
			colour: isString(stored.colour) ? stored.colour : defaultColour
		};
	}
	const profile = { memberId: newMemberId(), name: '', colour: defaultColour };
	saveProfile(profile);
	return profile;
}

/** Remembers this device's profile. */
export function saveProfile(profile: DeviceProfile): void {
	localStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
}

/** This device's network settings, or the defaults when none were saved or they are unreadable. */
export function loadNetworkSettings(): NetworkSettings {
	const stored = read(NETWORK_KEY) as Partial<NetworkSettings> | null;
	const signaling = Array.isArray(stored?.signaling) ? stored.signaling.filter(isString) : null;
	const iceServers = Array.isArray(stored?.iceServers)
		? stored.iceServers.filter((s) => s && isString(s.urls))
		: [];
	return { signaling, iceServers };
}

/** Remembers this device's network settings. */
export function saveNetworkSettings(settings: NetworkSettings): void {
	localStorage.setItem(NETWORK_KEY, JSON.stringify(settings));
}
