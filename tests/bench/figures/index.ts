/** Every group of figures `npm run bench` measures, in the order it prints them. */
import type { FigureSource } from '../suite/figure';
import { bundleFigures } from './bundle';
import { keystrokeFigures } from './keystrokes';
import { peerLatencyFigures } from './peer-latency';

export const FIGURE_SOURCES: FigureSource[] = [bundleFigures, keystrokeFigures, peerLatencyFigures];
