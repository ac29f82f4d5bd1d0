/** A document body as one `Y.Text` of lines: the format of lines and text, reading and writing. */
export * from './line-format';
export * from './read-lines';
export * from './write-blocks';
