import { bold, bulletList, heading, italic, paragraph, quote } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Mutual-accountability commitments in French: what members promise each other and how progress is reviewed. */
export const commitments: DocumentTemplate = {
	kind: 'commitments',
	title: 'Engagements de redevabilité mutuelle',
	blocks: [
		paragraph(
			italic(
				'Remplacez chaque série de questions par le texte sur lequel votre groupe s’accorde : ce document précise comment votre groupe prend et tient ses engagements. Les engagements eux-mêmes se trouvent sur la page Engagements (dans le menu de l’espace de travail) : sélectionnez ici une phrase et choisissez « Prendre un engagement » pour y relier un engagement ; chaque point d’étape s’ajoute ensuite sur cette page.'
			)
		),
		heading(2, '1. Nos engagements mutuels'),
		paragraph(
			'Rédigez chaque engagement de sorte que n’importe qui dans le groupe puisse le vérifier. Suivez chaque fois le même modèle :'
		),
		bulletList([
			bold('Qui : '),
			'le ou les membres responsables. ',
			bold('Quoi : '),
			'une action ou un résultat clair, par exemple partager un court résumé de ce que les membres de la communauté nous ont dit. ',
			bold('Échéance : '),
			'une date, ou la réunion avant laquelle ce sera fait.'
		]),
		bulletList(
			['Quelles sont les choses les plus importantes que nous nous promettons cette année ?'],
			[
				'Les engagements sont-ils répartis équitablement, compte tenu de la taille et des ressources de chaque membre ?'
			],
			['À quoi le groupe s’engage-t-il dans son ensemble, au-delà de chaque membre ?']
		),
		heading(2, '2. Associer les personnes que nous servons'),
		paragraph(
			'La redevabilité mutuelle ne concerne pas seulement les membres. Elle s’étend aussi aux communautés pour lesquelles nous travaillons.'
		),
		bulletList(
			['Quels engagements découlent de ce que les personnes que nous servons nous ont dit ?'],
			['Comment verront-elles ce que nous avons promis et ce que nous avons fait ?'],
			['Comment peuvent-elles nous signaler que nous ne sommes pas à la hauteur ?']
		),
		heading(2, '3. Comment nous suivons les progrès'),
		paragraph(
			'Chaque engagement de la page Engagements a un statut, mis à jour à chaque point d’étape, et le Bilan des progrès mutuels les rassemble pour une période donnée. Les statuts sont :'
		),
		bulletList(
			[bold('Pas commencé : '), 'le travail n’a pas encore démarré.'],
			[bold('En bonne voie : '), 'le travail avance et devrait se terminer à temps.'],
			[
				bold('À risque : '),
				'il y a un problème, et il faudra peut-être de l’aide ou une nouvelle date.'
			],
			[bold('En difficulté : '), 'il ne sera pas tenu comme prévu sans un nouveau plan.'],
			[bold('Réalisé : '), 'l’engagement est tenu.'],
			[bold('Abandonné : '), 'le groupe a convenu d’y renoncer ; il reste consigné dans le bilan.']
		),
		bulletList(
			['Qui met à jour le statut : la personne responsable ou un·e facilitateur·rice ?'],
			['Comment faisons-nous le point entre les réunions ?']
		),
		heading(2, '4. Examiner les progrès ensemble'),
		paragraph(
			'Passez en revue tous les engagements ensemble, à intervalles réguliers. Tenez un court bilan des progrès mutuels, pour que les membres puissent voir ce que chacun a fait.'
		),
		bulletList(
			['À quelle fréquence examinons-nous les progrès, et lors de quelle réunion ?'],
			['Qui tient le bilan des progrès mutuels, et où ?'],
			[
				'Comment célébrons-nous ce qui a bien marché, et comment apprenons-nous de ce qui n’a pas marché ?'
			]
		),
		heading(2, '5. Quand des engagements ne sont pas tenus'),
		quote('Un engagement non tenu est une raison d’en parler, pas de chercher un coupable.'),
		paragraph(
			'Commencez par apporter votre soutien. Demandez ce qui a fait obstacle et ce qui aiderait, puis convenez d’un nouveau plan si nécessaire.'
		),
		bulletList(
			['Comment signaler tôt au groupe qu’un engagement est à risque ?'],
			[
				'Comment renégocions-nous un engagement : une nouvelle date, une portée réduite ou un·e autre responsable ?'
			],
			['Que faisons-nous si le même engagement n’est pas tenu à plusieurs reprises ?']
		),
		heading(2, '6. Partager nos progrès hors du groupe'),
		paragraph(
			'Parler ouvertement des progrès, y compris de ce qui n’a pas marché, renforce la confiance des partenaires, des bailleurs de fonds et des communautés.'
		),
		bulletList(
			['Que partageons-nous publiquement, et qu’est-ce qui reste au sein du groupe ?'],
			['Qui donne son accord avant qu’une information soit partagée, et qui la partage ?'],
			['Sous quels formats et dans quelles langues la partageons-nous ?']
		),
		heading(2, '7. Réexaminer ces engagements'),
		paragraph(
			'Les engagements doivent suivre l’évolution du travail. Réexaminez-les quand les plans, les membres ou les financements changent.'
		),
		bulletList(
			['Quand réexaminerons-nous la liste complète des engagements ?'],
			['Comment ajoutons-nous, modifions-nous ou clôturons-nous un engagement ?']
		)
	]
};
