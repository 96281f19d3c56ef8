/**
 * The project's one date module: the data loader, the timeline and the wire importer all read
 * dates through it, so "2016-02-31" fails the same way everywhere. The work is split by job
 * under dates/; this file is the only one other code should import. Finding dates in wire copy is
 * the importer's job (src/importer/dates/).
 */
export { DateError, compareDates, firstDay, isoDatetime, lastDay, parseDate } from './parse.ts';
export type { Precision, StoryDate } from './parse.ts';
export { formatDate } from './format.ts';
