import type { RoundTemplateSet } from './types';

const agreement = { lowLabel: 'Pas du tout', highLabel: 'Tout à fait' };

/** The starting rounds in French. */
export const fr: RoundTemplateSet = [
	{
		key: 'partnership',
		title: 'Comment fonctionne notre partenariat ?',
		intro:
			'Quelques minutes pour dire comment vous vivez notre collaboration, là où vous êtes. Les résultats seront restitués à l’ensemble du groupe, avec les actions que nous conviendrons de mener.',
		named: false,
		questions: [
			{
				key: 'communication',
				kind: 'rating',
				prompt: 'L’information circule bien entre nous.',
				...agreement
			},
			{
				key: 'shared-decisions',
				kind: 'rating',
				prompt: 'Les décisions sont prises ensemble, et ma voix compte.',
				...agreement
			},
			{
				key: 'trust',
				kind: 'rating',
				prompt: 'J’ai confiance dans les autres membres du partenariat.',
				...agreement
			},
			{
				key: 'commitments',
				kind: 'rating',
				prompt: 'Nous tenons nos engagements mutuels.',
				...agreement
			},
			{
				key: 'working-well',
				kind: 'text',
				prompt: 'Qu’est-ce qui fonctionne bien ?',
				optional: true
			},
			{
				key: 'improve',
				kind: 'text',
				prompt: 'Si nous ne devions améliorer qu’une seule chose, laquelle ?',
				optional: true
			}
		]
	},
	{
		key: 'after-meeting',
		title: 'Après notre réunion',
		intro: 'Dites-nous à chaud comment vous avez vécu la réunion.',
		named: false,
		questions: [
			{
				key: 'useful',
				kind: 'rating',
				prompt: 'Dans quelle mesure la réunion vous a-t-elle été utile ?',
				lowLabel: 'Pas utile',
				highLabel: 'Très utile'
			},
			{ key: 'heard', kind: 'yes-no', prompt: 'Avez-vous pu dire ce que vous vouliez dire ?' },
			{
				key: 'pace',
				kind: 'choice',
				prompt: 'Comment avez-vous trouvé le rythme ?',
				options: ['Trop lent', 'Adapté', 'Trop rapide']
			},
			{
				key: 'next-time',
				kind: 'text',
				prompt: 'Que devrions-nous faire autrement la prochaine fois ?',
				optional: true
			}
		]
	},
	{
		key: 'charter-review',
		title: 'Réexamen annuel de notre charte',
		intro:
			'Une fois par an, nous réexaminons notre charte. Dites-nous si elle décrit toujours notre façon de travailler, et ce qu’il faudrait y changer.',
		named: true,
		questions: [
			{
				key: 'still-fits',
				kind: 'rating',
				prompt: 'Notre charte décrit toujours notre façon de travailler.',
				...agreement
			},
			{
				key: 'followed',
				kind: 'rating',
				prompt: 'Dans les faits, nous appliquons notre charte.',
				...agreement
			},
			{
				key: 'sections',
				kind: 'choice',
				prompt: 'Quelles parties faudrait-il réviser ?',
				options: ['Raison d’être', 'Adhésion', 'Prise de décision', 'Rôles', 'Engagements mutuels'],
				multiple: true,
				optional: true
			},
			{ key: 'changes', kind: 'text', prompt: 'Que changeriez-vous, et pourquoi ?', optional: true }
		]
	},
	{
		key: 'cso-standard',
		title: 'Autoévaluation de notre redevabilité',
		intro:
			'Évaluez dans quelle mesure nous respectons chacun des douze engagements de la Norme mondiale pour la redevabilité des OSC, et indiquez brièvement ce qui en témoigne. Chaque organisation membre reçoit sa propre fiche de résultats, et le groupe a aussi la sienne.',
		named: true,
		questions: [
			[
				'justice',
				'Justice et égalité : nous luttons contre l’injustice, l’exclusion et les discriminations.'
			],
			[
				'gender',
				'Droits des femmes et égalité de genre : nous les faisons progresser dans notre travail comme au sein de nos organisations.'
			],
			[
				'planet',
				'Une planète saine : nous protégeons l’environnement naturel et utilisons ses ressources avec mesure.'
			],
			[
				'lasting-change',
				'Un changement positif durable : notre travail apporte aux personnes que nous servons des changements qui durent.'
			],
			[
				'people-driven',
				'Un travail guidé par les personnes : celles et ceux avec qui nous travaillons orientent ce que nous faisons.'
			],
			[
				'partnerships',
				'Des partenariats solides : nous travaillons avec les autres de manière équitable, d’égal à égal.'
			],
			[
				'advocacy',
				'Plaidoyer pour un changement fondamental : nous faisons entendre notre voix pour agir sur les causes des problèmes que nous traitons.'
			],
			[
				'open',
				'Des organisations ouvertes : nous faisons preuve de transparence sur ce que nous faisons et sur notre gouvernance.'
			],
			[
				'staff',
				'Un personnel et des bénévoles autonomes et efficaces : nos équipes sont soutenues et en mesure de bien faire leur travail.'
			],
			[
				'resources',
				'Des ressources bien gérées : nous administrons les fonds et les autres ressources de manière responsable.'
			],
			[
				'responsive',
				'Une prise de décision réactive : nous écoutons les retours qui nous sont faits et nous y donnons suite.'
			],
			[
				'leadership',
				'Un leadership responsable : nos dirigeant·es agissent avec intégrité et rendent compte de leurs décisions.'
			]
		].map(([key, prompt]) => ({
			key: key!,
			kind: 'rating' as const,
			prompt: prompt!,
			lowLabel: 'Pas encore',
			highLabel: 'Pleinement',
			evidence: true
		}))
	}
];
