import { isFolded } from './fold';
import { byEnd } from './month';
import type { HistoryEntry, HistoryStore } from './types';

/*
 * Two histories made one, as an import does: every break once, by id. Every
 * break keeps its id, folded or not, so the union is exact: the same file
 * merged twice changes nothing, and breaks of another browser on a day this
 * one folded long ago are added, not mistaken for breaks already here.
 */

/** What adding a file would do: breaks new here, and breaks already here. */
export interface ImportSummary {
  adding: number;
  alreadyPresent: number;
}

/**
 * The union of two histories, oldest first by end. A break both hold stays as
 * this history has it, unless this history kept only its folded form and the
 * other still has its details: then the details come back.
 */
export function mergeHistory(current: HistoryStore, incoming: HistoryStore): HistoryStore {
  const byId = new Map<string, HistoryEntry>();
  for (const entry of current.entries) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  for (const entry of incoming.entries) {
    const here = byId.get(entry.id);
    if (!here || (isFolded(here) && !isFolded(entry) && sameBreak(here, entry))) byId.set(entry.id, entry);
  }
  return { entries: [...byId.values()].sort(byEnd) };
}

const sameBreak = (a: HistoryEntry, b: HistoryEntry) =>
  a.startedAt === b.startedAt && a.endedAt === b.endedAt && a.outcome === b.outcome;

/** What merging `incoming` into `current` would add, for the confirmation. */
export function summarizeImport(current: HistoryStore, incoming: HistoryStore): ImportSummary {
  const here = new Set(current.entries.map((entry) => entry.id));
  const inFile = new Set(incoming.entries.map((entry) => entry.id));
  let adding = 0;
  for (const id of inFile) if (!here.has(id)) adding++;
  return { adding, alreadyPresent: inFile.size - adding };
}
