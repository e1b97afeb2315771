/*
 * The library's structure in one place: insights, single exercises and the
 * sequences that chain them, and everything a break can guide (practices).
 * No prose lives here: every word is in the text files (content/text/), by
 * id. Ids are stored in history, so never rename or reuse one. Code that
 * needs only the exercises imports ./practices, so a page that names past
 * breaks does not load the insights.
 */
export { EXERCISES } from './exercises';
export { INSIGHTS } from './insights';
export { flatten, PRACTICES } from './practices';
export { SEQUENCES } from './sequences';
