/** Every group of figures `npm run bench` measures, in the order it prints them. */
import type { FigureSource } from '../suite/figure';
import { bundleFigures } from './bundle';
import { guardFigures } from './guard';
import { keystrokeFigures } from './keystrokes';
import { peerLatencyFigures } from './peer-latency';
import { reloadFigures } from './reload';
import { roomFigures } from './rooms';
import { signedChangeFigures } from './signed-changes';
import { storageFigures } from './storage';

export const FIGURE_SOURCES: FigureSource[] = [
	bundleFigures,
	keystrokeFigures,
	reloadFigures,
	storageFigures,
	peerLatencyFigures,
	guardFigures,
	roomFigures,
	signedChangeFigures
];
