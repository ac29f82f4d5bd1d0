import { bold, bulletList, heading, italic, paragraph, quote } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Mutual-accountability commitments in Swahili: what members promise each other and how progress is reviewed. */
export const commitments: DocumentTemplate = {
	kind: 'commitments',
	title: 'Ahadi za uwajibikaji wa pamoja',
	blocks: [
		paragraph(
			italic(
				'Badilisha kila orodha ya maswali kwa maandishi yaliyokubaliwa na kikundi chako: hati hii inaeleza jinsi kikundi chako kinavyotoa na kutimiza ahadi. Ahadi zenyewe ziko kwenye ukurasa wa Ahadi (katika menyu ya eneo la kazi): chagua sentensi hapa kisha uchague “Toa ahadi” ili kuiunganisha na ahadi, na uandike kila mrejesho huko.'
			)
		),
		heading(2, '1. Tunachoahidiana'),
		paragraph(
			'Andika kila ahadi kwa namna ambayo mtu yeyote katika kikundi anaweza kuihakiki. Tumia muundo uleule kila mara:'
		),
		bulletList([
			bold('Nani: '),
			'mwanachama au wanachama wanaohusika. ',
			bold('Nini: '),
			'hatua moja iliyo wazi au tokeo moja lililo wazi, kwa mfano kushiriki muhtasari mfupi wa yale ambayo wanajamii walituambia. ',
			bold('Kufikia lini: '),
			'tarehe, au mkutano ambao kufikia wakati huo itakuwa imekamilika.'
		]),
		bulletList(
			['Ni mambo gani muhimu zaidi tunayoahidiana mwaka huu?'],
			['Je, ahadi zimegawanywa kwa haki, kwa kuzingatia ukubwa na rasilimali za kila mwanachama?'],
			['Kikundi kwa ujumla kinaahidi nini, zaidi ya wanachama mmoja mmoja?']
		),
		heading(2, '2. Kuwahusisha watu tunaowahudumia'),
		paragraph(
			'Uwajibikaji wa pamoja hauko kati ya wanachama pekee. Unahusu pia jamii ambazo kazi yetu ni kwa ajili yao.'
		),
		bulletList(
			['Ni ahadi zipi zinatokana na yale ambayo watu tunaowahudumia wametuambia?'],
			['Wataonaje yale tuliyoahidi na yale tuliyofanya?'],
			['Wanawezaje kutuambia tunaposhindwa kutimiza?']
		),
		heading(2, '3. Jinsi tunavyofuatilia maendeleo'),
		paragraph(
			'Kila ahadi kwenye ukurasa wa Ahadi ina hali yake, inayosasishwa kila mrejesho unapotolewa, na Kumbukumbu ya maendeleo ya pamoja inazikusanya kwa kipindi fulani. Hali hizo ni:'
		),
		bulletList(
			[bold('Haijaanza: '), 'kazi bado haijaanza.'],
			[bold('Inaendelea vyema: '), 'kazi inasonga na inatarajiwa kukamilika kwa wakati.'],
			[bold('Iko hatarini: '), 'kuna tatizo, na huenda msaada au tarehe mpya ikahitajika.'],
			[bold('Imekwama: '), 'haitatimizwa kama ilivyopangwa bila mpango mpya.'],
			[bold('Imekamilika: '), 'ahadi imetimizwa.'],
			[bold('Imeachwa: '), 'kikundi kimekubali kuiacha; inabaki kwenye kumbukumbu.']
		),
		bulletList(
			['Nani anasasisha hali: mtu anayehusika, au mwezeshaji?'],
			['Tunatoaje mirejesho kati ya mikutano?']
		),
		heading(2, '4. Kupitia maendeleo pamoja'),
		paragraph(
			'Pitia ahadi zote pamoja na kikundi kwa vipindi vya kawaida. Tunza kumbukumbu fupi ya maendeleo ya pamoja, ili wanachama waone kile ambacho kila mmoja amefanya.'
		),
		bulletList(
			['Tunapitia maendeleo mara ngapi, na katika mkutano upi?'],
			['Nani anatunza kumbukumbu ya maendeleo ya pamoja, na wapi?'],
			['Tunasherehekeaje yaliyofanikiwa na kujifunza kutokana na yasiyofanikiwa?']
		),
		heading(2, '5. Ahadi zisipotekelezwa'),
		quote('Ahadi isiyotimizwa ni sababu ya kuzungumza, si sababu ya kulaumu.'),
		paragraph(
			'Anza kwa kutoa msaada. Uliza ni nini kilizuia na nini kingesaidia, kisha kubaliana na kikundi kuhusu mpango mpya ikihitajika.'
		),
		bulletList(
			['Mwanachama anakijulishaje kikundi mapema kwamba ahadi iko hatarini?'],
			['Tunajadiliana upya vipi kuhusu ahadi: tarehe mpya, wigo mdogo zaidi, au mhusika mpya?'],
			['Tufanye nini ikiwa ahadi ileile haitekelezwi tena na tena?']
		),
		heading(2, '6. Kushiriki maendeleo yetu nje ya kikundi'),
		paragraph(
			'Kuwa wazi kuhusu maendeleo, ikiwa ni pamoja na yale yasiyofanikiwa, hujenga uaminifu kwa washirika, wafadhili na jamii.'
		),
		bulletList(
			['Tunashiriki nini hadharani, na nini kinabaki ndani ya kikundi?'],
			['Nani anakubali kabla jambo halijashirikiwa, na nani analishiriki?'],
			['Tunalishiriki kwa miundo na lugha zipi?']
		),
		heading(2, '7. Kupitia upya ahadi hizi'),
		paragraph(
			'Ahadi zinapaswa kwenda sambamba na kazi. Zipitie upya mipango, wanachama au ufadhili vinapobadilika.'
		),
		bulletList(
			['Tutapitia upya orodha kamili ya ahadi lini?'],
			['Tunaongezaje, tunabadilishaje au tunafungaje ahadi?']
		)
	]
};
