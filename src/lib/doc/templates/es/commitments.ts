import { bold, bulletList, heading, italic, paragraph, quote } from '../../rich-text';
import type { DocumentTemplate } from '../types';

/** Mutual-accountability commitments in Spanish: what members promise each other and how progress is reviewed. */
export const commitments: DocumentTemplate = {
	kind: 'commitments',
	title: 'Compromisos de rendición de cuentas mutua',
	blocks: [
		paragraph(
			italic(
				'Reemplaza cada grupo de preguntas por el texto que acuerde tu grupo: este documento dice cómo tu grupo asume y cumple sus compromisos. Los compromisos en sí están en la página Compromisos (en el menú del espacio de trabajo): selecciona aquí una frase y elige «Asumir un compromiso» para vincularle uno, y añade allí cada seguimiento.'
			)
		),
		heading(2, '1. Lo que nos prometemos mutuamente'),
		paragraph(
			'Redacta cada compromiso de forma que cualquier persona del grupo pueda verificarlo. Usa siempre la misma estructura:'
		),
		bulletList([
			bold('Quién: '),
			'el miembro o los miembros responsables. ',
			bold('Qué: '),
			'una acción o un resultado claro, por ejemplo, compartir un breve resumen de lo que nos dijeron las personas de la comunidad. ',
			bold('Para cuándo: '),
			'una fecha, o la reunión para la cual estará hecho.'
		]),
		bulletList(
			['¿Qué es lo más importante que nos prometemos este año?'],
			[
				'¿Están los compromisos repartidos de forma justa, según el tamaño y los recursos de cada miembro?'
			],
			['¿A qué se compromete el grupo en su conjunto, más allá de cada miembro?']
		),
		heading(2, '2. Incluir a las personas a quienes servimos'),
		paragraph(
			'La rendición de cuentas mutua no es solo entre los miembros. También se extiende a las comunidades para las que trabajamos.'
		),
		bulletList(
			['¿Qué compromisos surgen de lo que nos han dicho las personas a quienes servimos?'],
			['¿Cómo verán lo que prometimos y lo que hicimos?'],
			['¿Cómo pueden avisarnos cuando no cumplimos?']
		),
		heading(2, '3. Cómo seguimos los avances'),
		paragraph(
			'Cada compromiso de la página Compromisos tiene un estado, que se actualiza en cada seguimiento, y el Registro de avances mutuos los reúne por período. Los estados son:'
		),
		bulletList(
			[bold('Sin empezar: '), 'el trabajo aún no ha comenzado.'],
			[bold('En buen camino: '), 'el trabajo avanza y debería terminar a tiempo.'],
			[bold('En riesgo: '), 'hay un problema, y puede hacer falta ayuda o una nueva fecha.'],
			[bold('Desviado: '), 'no se cumplirá según lo previsto sin un nuevo plan.'],
			[bold('Cumplido: '), 'el compromiso se cumplió.'],
			[bold('Abandonado: '), 'el grupo acordó dejarlo; sigue en el registro.']
		),
		bulletList(
			['¿Quién actualiza el estado: la persona responsable o el/la facilitador/a?'],
			['¿Cómo registramos los seguimientos entre reuniones?']
		),
		heading(2, '4. Revisar los avances en conjunto'),
		paragraph(
			'Revisa todos los compromisos en conjunto con regularidad. Lleva un registro breve de avances mutuos, para que los miembros vean lo que ha hecho cada quien.'
		),
		bulletList(
			['¿Con qué frecuencia revisamos los avances, y en qué reunión?'],
			['¿Quién lleva el registro de avances mutuos, y dónde?'],
			['¿Cómo celebramos lo que salió bien y aprendemos de lo que no?']
		),
		heading(2, '5. Cuando no se cumplen los compromisos'),
		quote('Un compromiso incumplido es un motivo para conversar, no para culpar.'),
		paragraph(
			'Responde primero con apoyo. Pregunta qué lo impidió y qué ayudaría, y luego, si hace falta, acuerda un nuevo plan.'
		),
		bulletList(
			['¿Cómo avisa un miembro al grupo, con tiempo, que un compromiso está en riesgo?'],
			[
				'¿Cómo renegociamos un compromiso: una nueva fecha, un alcance menor u otra persona responsable?'
			],
			['¿Qué hacemos si el mismo compromiso se incumple una y otra vez?']
		),
		heading(2, '6. Compartir nuestros avances fuera del grupo'),
		paragraph(
			'Ser transparentes sobre los avances, incluido lo que no funcionó, genera confianza con socios, donantes y comunidades.'
		),
		bulletList(
			['¿Qué compartimos públicamente y qué queda dentro del grupo?'],
			['¿Quién da su aprobación antes de compartir algo, y quién lo comparte?'],
			['¿En qué formatos e idiomas lo compartimos?']
		),
		heading(2, '7. Revisar estos compromisos'),
		paragraph(
			'Los compromisos deben acompañar el trabajo. Revísalos cuando cambien los planes, los miembros o el financiamiento.'
		),
		bulletList(
			['¿Cuándo revisaremos de nuevo la lista completa de compromisos?'],
			['¿Cómo añadimos, modificamos o cerramos un compromiso?']
		)
	]
};
