import { type OwnContent, parseOwnContent } from '@/lib/core/content/own';
import { defineItem } from './typed-item';

/**
 * The insights and exercises a person wrote (lib/core/content/own.ts), on
 * this machine, in an item of their own: sync allows 8 KB an item, and a few
 * exercises would fill the settings. Capped by the limits own.ts checks.
 * Written by the options page (its editor and settings import); read by the
 * break view and history.
 */
export const ownContentItem = /* @__PURE__ */ defineItem<OwnContent>({
  area: 'local',
  key: 'ownContent',
  version: 1,
  parse: parseOwnContent,
});
