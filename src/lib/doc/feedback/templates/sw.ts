import type { RoundTemplateSet } from './types';

const agreement = { lowLabel: 'Hata kidogo', highLabel: 'Kikamilifu' };

/** The starting rounds in Swahili. */
export const sw: RoundTemplateSet = [
	{
		key: 'partnership',
		title: 'Ushirikiano wetu unaendeleaje?',
		intro:
			'Dakika chache za kueleza jinsi unavyoiona kazi yetu ya pamoja kutoka upande wako. Matokeo yatarudishwa kwa kikundi kizima, pamoja na hatua tutakazokubaliana kuchukua.',
		named: false,
		questions: [
			{
				key: 'communication',
				kind: 'rating',
				prompt: 'Tunajulishana vyema yanayoendelea.',
				...agreement
			},
			{
				key: 'shared-decisions',
				kind: 'rating',
				prompt: 'Maamuzi hufanywa kwa pamoja, na sauti yangu inazingatiwa.',
				...agreement
			},
			{
				key: 'trust',
				kind: 'rating',
				prompt: 'Ninawaamini wanachama wengine wa ushirikiano huu.',
				...agreement
			},
			{ key: 'commitments', kind: 'rating', prompt: 'Tunatimiza ahadi tunazopeana.', ...agreement },
			{
				key: 'working-well',
				kind: 'text',
				prompt: 'Ni nini kinachokwenda vizuri?',
				optional: true
			},
			{
				key: 'improve',
				kind: 'text',
				prompt: 'Ni jambo gani moja tunalopaswa kuboresha?',
				optional: true
			}
		]
	},
	{
		key: 'after-meeting',
		title: 'Baada ya mkutano wetu',
		intro: 'Tueleze mkutano ulivyokuwa kwako, wakati bado unaukumbuka vizuri.',
		named: false,
		questions: [
			{
				key: 'useful',
				kind: 'rating',
				prompt: 'Mkutano ulikuwa na manufaa kiasi gani?',
				lowLabel: 'Haukuwa na manufaa',
				highLabel: 'Ulikuwa na manufaa sana'
			},
			{
				key: 'heard',
				kind: 'yes-no',
				prompt: 'Je, ulipata nafasi ya kusema yote uliyotaka kusema?'
			},
			{
				key: 'pace',
				kind: 'choice',
				prompt: 'Kasi ya mkutano ilikuwaje?',
				options: ['Polepole mno', 'Ilikuwa sawa', 'Haraka mno']
			},
			{
				key: 'next-time',
				kind: 'text',
				prompt: 'Tufanye nini tofauti wakati ujao?',
				optional: true
			}
		]
	},
	{
		key: 'charter-review',
		title: 'Mapitio ya kila mwaka ya mkataba wetu',
		intro:
			'Mara moja kila mwaka tunaupitia upya mkataba wetu. Tuambie kama bado unaeleza jinsi tunavyofanya kazi, na ni nini kinachopaswa kubadilika.',
		named: true,
		questions: [
			{
				key: 'still-fits',
				kind: 'rating',
				prompt: 'Mkataba wetu bado unaeleza jinsi tunavyofanya kazi.',
				...agreement
			},
			{
				key: 'followed',
				kind: 'rating',
				prompt: 'Kwa vitendo, tunaufuata mkataba wetu.',
				...agreement
			},
			{
				key: 'sections',
				kind: 'choice',
				prompt: 'Ni sehemu zipi zinahitaji kurekebishwa?',
				options: ['Lengo', 'Uanachama', 'Ufanyaji wa maamuzi', 'Majukumu', 'Ahadi tunazopeana'],
				multiple: true,
				optional: true
			},
			{ key: 'changes', kind: 'text', prompt: 'Ungebadilisha nini, na kwa nini?', optional: true }
		]
	},
	{
		key: 'cso-standard',
		title: 'Tathmini binafsi ya uwajibikaji',
		intro:
			'Toa alama kuonyesha jinsi tunavyotimiza kila moja ya ahadi kumi na mbili za Kiwango cha Kimataifa cha Uwajibikaji wa Asasi za Kiraia, na ueleze kwa ufupi kinachothibitisha hivyo. Kila shirika mwanachama linapata kadi yake ya alama, na kikundi kizima kinapata yake pia.',
		named: true,
		questions: [
			['justice', 'Haki na usawa: tunakabiliana na ukosefu wa haki, kutengwa kwa watu na ubaguzi.'],
			[
				'gender',
				'Haki za wanawake na usawa wa kijinsia: tunaziendeleza katika kazi yetu na ndani ya mashirika yetu.'
			],
			[
				'planet',
				'Sayari yenye afya: tunalinda mazingira asilia na kutumia rasilimali zake kwa uangalifu.'
			],
			[
				'lasting-change',
				'Mabadiliko chanya ya kudumu: kazi yetu inaleta mabadiliko ya kudumu kwa watu tunaowahudumia.'
			],
			[
				'people-driven',
				'Kazi inayoongozwa na watu: watu tunaofanya kazi nao ndio wanaoongoza kile tunachofanya.'
			],
			['partnerships', 'Ushirikiano imara: tunafanya kazi na wengine kwa haki na kwa usawa.'],
			[
				'advocacy',
				'Utetezi wa mabadiliko ya msingi: tunapaza sauti ili kubadilisha vyanzo vya matatizo tunayoyashughulikia.'
			],
			['open', 'Mashirika yaliyo wazi: tuko wazi kuhusu tunachofanya na jinsi tunavyoendeshwa.'],
			[
				'staff',
				'Wafanyakazi na watu wanaojitolea waliowezeshwa na wenye ufanisi: watu wetu wanapata msaada na wanaweza kufanya kazi yao vizuri.'
			],
			[
				'resources',
				'Rasilimali zinazosimamiwa vyema: tunasimamia fedha na rasilimali nyingine kwa uwajibikaji.'
			],
			[
				'responsive',
				'Maamuzi yanayozingatia sauti za wadau: tunasikiliza maoni tunayopokea na kuyafanyia kazi.'
			],
			[
				'leadership',
				'Uongozi unaowajibika: viongozi wetu wanatenda kwa uadilifu na wanawajibika kwa maamuzi yao.'
			]
		].map(([key, prompt]) => ({
			key: key!,
			kind: 'rating' as const,
			prompt: prompt!,
			lowLabel: 'Bado',
			highLabel: 'Kikamilifu',
			evidence: true
		}))
	}
];
