/** Every group of figures `npm run bench` measures, in the order it prints them. */
import type { FigureSource } from '../suite/figure';
import { bundleFigures } from './bundle';
import { guardFigures } from './guard';
import { reloadFigures } from './reload';
import { storageFigures } from './storage';

export const FIGURE_SOURCES: FigureSource[] = [
	bundleFigures,
	reloadFigures,
	storageFigures,
	guardFigures
];
