import {
	currentProfile,
	deviceSignaling,
	loadNetworkSettings,
	MEMBER_COLOURS,
	normalizeIceServer,
	normalizeSignalingUrl,
	saveNetworkSettings,
	updateProfile,
	type IceServer
} from '../workspace';

/** Why something typed into the settings was refused. */
export type SettingsProblem = 'name' | 'signaling' | 'duplicate' | 'ice' | 'last-signaling';

/**
 * This device's settings as the settings page edits them: who you are (name and colour), and how
 * your workspaces reach peers (signaling, STUN and TURN servers). Every change is saved at once
 * and applies to workspaces opened afterwards.
 */
export class NetworkSettingsForm {
	#name = $state(currentProfile().name);
	#colour = $state(currentProfile().colour);
	#signaling = $state<string[]>(deviceSignaling());
	#iceServers = $state<IceServer[]>(loadNetworkSettings().iceServers);
	/** Colours to choose from. */
	readonly colours = MEMBER_COLOURS;

	/** Your display name. */
	get name(): string {
		return this.#name;
	}

	/** Your colour. */
	get colour(): string {
		return this.#colour;
	}

	/** The signaling servers this device uses. */
	get signaling(): readonly string[] {
		return this.#signaling;
	}

	/** The STUN and TURN servers this device uses. */
	get iceServers(): readonly IceServer[] {
		return this.#iceServers;
	}

	/** Saves your name and colour; returns a problem instead when the name is empty. */
	saveProfile(name: string, colour: string): SettingsProblem | null {
		if (!updateProfile({ name, colour })) return 'name';
		this.#name = currentProfile().name;
		this.#colour = colour;
		return null;
	}

	/** Adds a signaling server, or says why it cannot. */
	addSignaling(raw: string): SettingsProblem | null {
		const url = normalizeSignalingUrl(raw);
		if (!url) return 'signaling';
		if (this.#signaling.includes(url)) return 'duplicate';
		this.#signaling = [...this.#signaling, url];
		this.#save();
		return null;
	}

	/** Removes a signaling server; the last one stays, or peers could never be found. */
	removeSignaling(url: string): SettingsProblem | null {
		if (this.#signaling.length <= 1) return 'last-signaling';
		this.#signaling = this.#signaling.filter((u) => u !== url);
		this.#save();
		return null;
	}

	/** Adds a STUN or TURN server, or says why it cannot. */
	addIceServer(server: IceServer): SettingsProblem | null {
		const clean = normalizeIceServer(server);
		if (!clean) return 'ice';
		if (this.#iceServers.some((s) => s.urls === clean.urls)) return 'duplicate';
		this.#iceServers = [...this.#iceServers, clean];
		this.#save();
		return null;
	}

	/** Removes a STUN or TURN server. */
	removeIceServer(urls: string): void {
		this.#iceServers = this.#iceServers.filter((s) => s.urls !== urls);
		this.#save();
	}

	#save() {
		saveNetworkSettings({
			signaling: $state.snapshot(this.#signaling),
			iceServers: $state.snapshot(this.#iceServers)
		});
	}
}
