import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Membership rules in Swahili: who belongs, how people join and leave, and their roles. */
export const membership: DocumentTemplate = {
	kind: 'membership',
	title: 'Kanuni za uanachama',
	blocks: [
		paragraph(
			italic(
				'Badilisha kila orodha ya maswali kwa maandishi yaliyokubaliwa na kikundi chako. Kanuni zilizo wazi huwasaidia wanachama wapya kujisikia wamekaribishwa, na humsaidia kila mtu kujua nini cha kutarajia.'
			)
		),
		heading(2, '1. Nani anaweza kuwa mwanachama'),
		paragraph('Eleza nani anaweza kuwa sehemu ya kikundi hiki, na kwa nini.'),
		bulletList(
			['Je, wanaoweza kujiunga ni mashirika, watu binafsi, au wote?'],
			[
				'Mwanachama anapaswa kuwa na kitu gani sawa na kikundi: dhamira, kanda, au mtindo wa kufanya kazi?'
			],
			['Je, kuna kikomo cha idadi ya wanachama, au uwiano tunaotaka kudumisha?']
		),
		heading(2, '2. Jinsi ya kujiunga'),
		paragraph('Hakikisha kujiunga ni rahisi na kwa haki. Kwa mfano:'),
		orderedList(
			['Mwombaji anatuma maelezo mafupi kuhusu yeye ni nani na kwa nini anataka kujiunga.'],
			['Mwezeshaji anawashirikisha wanachama wote maelezo hayo.'],
			['Wanachama wanauliza maswali au kueleza wasiwasi wao ndani ya muda uliokubaliwa.'],
			['Kikundi kinaamua, na mwanachama mmoja anamkaribisha mwanachama mpya.']
		),
		bulletList(
			['Tunaomba taarifa gani?'],
			['Nani anaidhinisha mwanachama mpya, na kwa kanuni ipi ya uamuzi?'],
			['Tunawasaidiaje wanachama wapya kuanza?']
		),
		heading(2, '3. Majukumu'),
		paragraph(
			'Eleza kila jukumu linaruhusu kufanya nini. Badilisha majukumu ili yaendane na kikundi chako.'
		),
		bulletList(
			[
				bold('Mwezeshaji: '),
				'huandaa na kuendesha mikutano, hutunza kumbukumbu, na hufuatilia utekelezaji. Nani anamchagua mwezeshaji, na kwa muda gani?'
			],
			[
				bold('Mwanachama: '),
				'hushiriki katika majadiliano na maamuzi, na hutoa ahadi. Je, kila shirika lina sauti moja au zaidi?'
			],
			[
				bold('Mwangalizi: '),
				'hufuatilia kazi na anaweza kuzungumza, lakini hafanyi maamuzi. Nani anaweza kuwa mwangalizi, kwa mfano mfadhili au mtafiti?'
			]
		),
		heading(2, '4. Haki na wajibu'),
		paragraph('Wanachama wana haki ndani ya kikundi, na wajibu wao kwa wao.'),
		bulletList(
			[
				'Kila mwanachama anaweza kutarajia nini: taarifa, sauti katika maamuzi, kutambuliwa kwa kazi yake?'
			],
			['Kila mwanachama ana wajibu gani kwa kikundi: uaminifu, maandalizi, kuheshimu usiri?'],
			['Tunahakikishaje kwamba wanachama wadogo au wapya wanasikilizwa sawa na wale wakubwa?']
		),
		heading(2, '5. Matarajio ya ushiriki'),
		paragraph(
			'Kuwa na matarajio yanayowezekana. Wanachama wana kazi nyingine, na baadhi yao wana muda au fedha kidogo.'
		),
		bulletList(
			['Mwanachama anapaswa kuhudhuria mikutano mingapi kila mwaka?'],
			['Tunatarajia michango gani: muda, ujuzi, fedha, mawasiliano na wadau?'],
			['Nani anawakilisha shirika mwanachama, na nini kinatokea mtu huyo anapobadilika?'],
			[
				'Mwanachama anapozungumza, anazungumza kwa niaba ya nani: yeye mwenyewe, shirika lake, au kikundi?'
			]
		),
		heading(2, '6. Kupumzika au kuondoka'),
		paragraph(
			'Watu na mashirika hubadilika. Rahisisha kusitisha ushiriki kwa muda au kuondoka kwa amani.'
		),
		bulletList(
			['Je, mwanachama anaweza kusitisha ushiriki wake kwa muda, na kwa kipindi gani?'],
			['Mwanachama anakijulishaje kikundi kwamba anaondoka?'],
			['Nini kinatokea kwa ahadi zake na kwa kazi aliyoichangia?']
		),
		heading(2, '7. Ahadi zisipotekelezwa'),
		paragraph(
			'Anza na mazungumzo, si adhabu. Mara nyingi kuna sababu nzuri nyuma ya ahadi ambayo haikutekelezwa.'
		),
		bulletList(
			['Nani anazungumza na mwanachama kwanza, na baada ya muda gani?'],
			['Kikundi kinaweza kutoa msaada gani?'],
			['Ni katika hali zipi, na kwa uamuzi gani, mwanachama anaweza kuombwa kuondoka?']
		),
		heading(2, '8. Kupitia upya kanuni hizi'),
		paragraph('Kagua kanuni hizi kadiri kikundi kinavyokua, na uzibadilishe zisipofaa tena.'),
		bulletList(
			['Tutazipitia upya kanuni hizi lini?'],
			['Nani anaweza kupendekeza mabadiliko, na tunaamuaje kuhusu mabadiliko hayo?']
		)
	]
};
