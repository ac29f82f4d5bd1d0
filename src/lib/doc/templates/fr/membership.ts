import { bold, bulletList, heading, italic, orderedList, paragraph } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Membership rules in French: who belongs, how people join and leave, and their roles. */
export const membership: DocumentTemplate = {
	kind: 'membership',
	title: 'Règles d’adhésion',
	blocks: [
		paragraph(
			italic(
				'Remplacez chaque série de questions par le texte sur lequel votre groupe s’accorde. Des règles claires aident les nouveaux membres à se sentir les bienvenus et permettent à tout le monde de savoir à quoi s’attendre.'
			)
		),
		heading(2, '1. Qui peut devenir membre'),
		paragraph('Décrivez qui fait partie de ce groupe, et pourquoi.'),
		bulletList(
			[
				'Le groupe est-il ouvert aux organisations, aux personnes à titre individuel, ou aux deux ?'
			],
			[
				'Que doit partager un membre avec le groupe : une mission, une région, une façon de travailler ?'
			],
			['Y a-t-il un nombre maximal de membres, ou un équilibre que nous voulons préserver ?']
		),
		heading(2, '2. Comment adhérer'),
		paragraph('Rendez l’adhésion simple et équitable. Par exemple :'),
		orderedList(
			[
				'La personne ou l’organisation candidate envoie une courte note pour se présenter et dire pourquoi elle souhaite adhérer.'
			],
			['Un·e facilitateur·rice transmet la note à tous les membres.'],
			['Les membres posent des questions ou expriment leurs réserves dans un délai convenu.'],
			['Le groupe décide, et un membre accueille la nouvelle recrue.']
		),
		bulletList(
			['Quelles informations demandons-nous ?'],
			['Qui approuve l’arrivée d’un nouveau membre, et selon quelle règle de décision ?'],
			['Comment aidons-nous les nouveaux membres à prendre leurs marques ?']
		),
		heading(2, '3. Rôles'),
		paragraph('Précisez ce que chaque rôle permet de faire. Adaptez les rôles à votre groupe.'),
		bulletList(
			[
				bold('Facilitateur·rice : '),
				'prépare et anime les réunions, tient les comptes rendus et assure le suivi. Qui choisit le·la facilitateur·rice, et pour combien de temps ?'
			],
			[
				bold('Membre : '),
				'participe aux discussions et aux décisions, et prend des engagements. Chaque organisation dispose-t-elle d’une voix ou de plusieurs ?'
			],
			[
				bold('Observateur·rice : '),
				'suit les travaux et peut prendre la parole, mais ne participe pas aux décisions. Qui peut être observateur·rice, par exemple un bailleur de fonds ou un·e chercheur·euse ?'
			]
		),
		heading(2, '4. Droits et responsabilités'),
		paragraph('Les membres ont des droits au sein du groupe et des responsabilités mutuelles.'),
		bulletList(
			[
				'Que peut attendre chaque membre : de l’information, une voix dans les décisions, la reconnaissance de son travail ?'
			],
			[
				'Que doit chaque membre au groupe : honnêteté, préparation, respect de la confidentialité ?'
			],
			[
				'Comment veillons-nous à ce que les petites structures et les membres récents soient entendus autant que les grandes ?'
			]
		),
		heading(2, '5. Participation attendue'),
		paragraph(
			'Soyez réalistes. Les membres ont d’autres activités, et certains ont peu de temps ou de moyens.'
		),
		bulletList(
			['À combien de réunions un membre devrait-il participer chaque année ?'],
			[
				'Quelles contributions attendons-nous : du temps, des compétences, de l’argent, des contacts ?'
			],
			[
				'Qui représente une organisation membre, et que se passe-t-il quand cette personne change ?'
			],
			[
				'À quel titre s’exprime un membre qui prend la parole : à titre personnel, au nom de son organisation ou au nom du groupe ?'
			]
		),
		heading(2, '6. Faire une pause ou quitter le groupe'),
		paragraph(
			'Les personnes et les organisations évoluent. Facilitez les pauses et les départs en bons termes.'
		),
		bulletList(
			['Est-il possible pour un membre de faire une pause, et pour combien de temps ?'],
			['Comment annonce-t-on son départ au groupe ?'],
			['Que deviennent alors ses engagements et le travail mis en commun ?']
		),
		heading(2, '7. Quand des engagements ne sont pas tenus'),
		paragraph(
			'Commencez par une conversation, pas par une sanction. Il y a souvent une bonne raison derrière un engagement non tenu.'
		),
		bulletList(
			['Qui s’entretient d’abord avec le membre, et dans quel délai ?'],
			['Quel soutien le groupe peut-il offrir ?'],
			[
				'Dans quels cas, et par quelle décision, peut-on demander à un membre de quitter le groupe ?'
			]
		),
		heading(2, '8. Réexaminer ces règles'),
		paragraph(
			'Vérifiez ces règles à mesure que le groupe grandit, et modifiez-les quand elles ne conviennent plus.'
		),
		bulletList(
			['Quand réexaminerons-nous ces règles ?'],
			['Qui peut proposer une modification, et comment en décidons-nous ?']
		)
	]
};
