import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** The Charter in Swahili: why the group exists, its principles, how it works and decides. */
export const charter: DocumentTemplate = {
	kind: 'charter',
	title: 'Mkataba',
	blocks: [
		paragraph(
			italic(
				'Badilisha kila orodha ya maswali kwa maandishi yaliyokubaliwa na kikundi chako. Ondoa kisichohitajika na uongeze kinachokosekana. Sentensi fupi na zilizo wazi huwasaidia wanachama wanaosoma kwa lugha ya pili.'
			)
		),
		heading(2, '1. Lengo na wigo'),
		paragraph(
			'Eleza kwa sentensi chache kwa nini kikundi hiki kipo, na kitafanya nini na hakitafanya nini.'
		),
		bulletList(
			['Kwa nini tunafanya kazi pamoja, na kwa nini sasa?'],
			['Tunataka kuona mabadiliko gani, na kwa ajili ya nani?'],
			['Ni mambo gani yaliyo nje ya wigo wetu?'],
			['Tunatarajia kufanya kazi pamoja kwa muda gani?']
		),
		heading(2, '2. Misingi ya pamoja'),
		paragraph(
			'Misingi hutuongoza pale uamuzi unapokuwa mgumu. Kwa kila msingi, andika maana yake kwa vitendo kwa kikundi hiki.'
		),
		bulletList(
			[
				bold('Uwajibikaji kwa watu tunaowahudumia: '),
				'sauti zao zinaathiri vipi yale tunayoamua na kufanya?'
			],
			[bold('Uwazi: '), 'tunaweka nini wazi, kwa nani, na lini?'],
			[
				bold('Kusikiliza na kujibu: '),
				'tunakusanyaje maoni ya watu, na tunaonyeshaje kilichobadilika kutokana na maoni hayo?'
			],
			[
				bold('Kujifunza kutokana na makosa: '),
				'tunazungumziaje yale ambayo hayakufanikiwa, bila kulaumiana?'
			]
		),
		paragraph(
			'Ongeza msingi mwingine wowote ambao kikundi chako kinaushikilia, kama vile kugawa upya mamlaka au usawa wa haki.'
		),
		heading(2, '3. Tunachofanya pamoja'),
		paragraph(
			'Eleza kazi ambayo kikundi hufanya kama kikundi, si kile ambacho kila mwanachama hufanya peke yake.'
		),
		bulletList(
			['Tunafanya shughuli gani pamoja (utafiti, utetezi, kubadilishana uzoefu, mafunzo)?'],
			['Tunatoa matokeo gani, na yanalenga nani?'],
			['Nani anaongoza kila sehemu ya kazi, na wengine wanachangiaje?']
		),
		heading(2, '4. Jinsi tunavyofanya kazi'),
		paragraph(
			'Kubaliana na kikundi kuhusu mambo ya msingi ya kiutendaji, ili kila mtu aweze kushiriki kikamilifu.'
		),
		bulletList(
			[
				bold('Mikutano: '),
				'mara ngapi, mtandaoni au ana kwa ana, na saa ngapi kwa kuzingatia kanda tofauti za saa?'
			],
			[bold('Lugha: '), 'tunatumia lugha zipi za kazi, na nani anasaidia kutafsiri?'],
			[
				bold('Zana: '),
				'tunaandika wapi, tunaweka mafaili ya pamoja wapi, na tunawasiliana vipi kati ya mikutano?'
			],
			[
				bold('Usiri: '),
				'ni nini kinabaki ndani ya kikundi, na wanachama wanaweza kushiriki nini nje yake?'
			]
		),
		heading(2, '5. Jinsi maamuzi yanavyofanywa'),
		paragraph(
			'Eleza nani anaamua nini, na kwa kutumia kanuni ipi. Kanuni zinazotumika zaidi zimeorodheshwa hapa chini; chagua moja, au kanuni tofauti kwa aina tofauti za maamuzi.'
		),
		bulletList(
			[bold('Ridhaa: '), 'pendekezo hupitishwa ikiwa hakuna mtu mwenye pingamizi zito.'],
			[bold('Maafikiano: '), 'pendekezo hupitishwa ikiwa kila mtu analikubali.'],
			[
				bold('Wingi wa kura: '),
				'pendekezo hupitishwa ikiwa zaidi ya nusu ya wanaopiga kura wanalikubali.'
			]
		),
		paragraph('Njia rahisi ya kutoka kwenye pendekezo hadi kwenye uamuzi:'),
		orderedList(
			['Mtu mmoja anaandika pendekezo fupi na kuwashirikisha wengine kabla ya mkutano.'],
			['Wanachama wanauliza maswali ili kulielewa.'],
			['Wanachama wanatoa maoni yao na kueleza mapingamizi yoyote.'],
			['Kikundi kinaboresha pendekezo hadi kiweze kufanya uamuzi.'],
			['Uamuzi unaandikwa kwenye kumbukumbu, pamoja na nani atautekeleza na kufikia lini.']
		),
		bulletList(
			[
				'Ni maamuzi gani yanahitaji kikundi kizima, na yapi yanaweza kufanywa na mwezeshaji au timu ndogo?'
			],
			['Akidi yetu ni ipi: ni wanachama wangapi lazima washiriki ili uamuzi uwe halali?'],
			['Tunashughulikiaje pingamizi, na wanachama wasiokuwepo wanawezaje kushiriki?']
		),
		heading(2, '6. Kutatua kutoelewana'),
		paragraph(
			'Kutoelewana ni jambo la kawaida, na mara nyingi huwa na manufaa. Kubaliana sasa kuhusu hatua za kuchukua hali inapokuwa ngumu.'
		),
		bulletList(
			['Hatua ya kwanza ni ipi: mazungumzo ya moja kwa moja kati ya wahusika?'],
			[
				'Nani anaweza kusaidia hilo lisipofanikiwa, kwa mfano mwanachama anayeaminika au mwezeshaji kutoka nje?'
			],
			['Nini kitatokea ikiwa bado hatuwezi kukubaliana?']
		),
		heading(2, '7. Mkataba huu utapitiwa upya lini'),
		paragraph(
			'Mkataba unapaswa kubadilika kadiri kikundi kinavyojifunza. Weka tarehe ya kuupitia upya pamoja.'
		),
		bulletList(
			['Tutaupitia upya mkataba huu lini?'],
			['Nani anaweza kupendekeza mabadiliko, na kwa namna gani?'],
			['Tunatumia kanuni ipi ya uamuzi kuubadilisha?']
		)
	]
};
