import type { ComponentType } from 'preact';
import type { SaveSettings } from '@/components/shared/save';
import { memberOf } from '@/lib/core/guards';
import type { MessageKey } from '@/lib/core/message-key';
import type { Settings } from '@/lib/core/settings/settings';

/** What every section is given: the stored settings and the page's one way to change them. */
export interface SectionProps {
  settings: Settings;
  onSave: SaveSettings;
}

/** The options page's sections, in the order the navigation lists them; each is also its URL hash. */
export const SECTIONS = ['schedule', 'reminders', 'break', 'content', 'progress', 'history', 'data', 'about'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** A section's name in the navigation; its own heading may say more ("Your progress"). */
export const SECTION_NAMES: Readonly<Record<SectionId, MessageKey>> = {
  schedule: 'scheduleHeading',
  reminders: 'remindersHeading',
  break: 'duringBreakHeading',
  content: 'contentHeading',
  progress: 'navProgress',
  history: 'historyHeading',
  data: 'yourDataHeading',
  about: 'aboutHeading',
};

type Loader = () => Promise<ComponentType<SectionProps>>;

/**
 * Each section's code, loaded when the person opens it: the page starts with
 * its frame and the one section asked for, so progress, history and the
 * import checks cost nothing until they are wanted.
 */
export const LOADERS: Readonly<Record<SectionId, Loader>> = {
  schedule: () => import('./ScheduleSection').then((m) => m.ScheduleSection),
  reminders: () => import('./ReminderSettings').then((m) => m.ReminderSettings),
  break: () => import('./BreakSettings').then((m) => m.BreakSettings),
  content: () => import('./ContentChoices').then((m) => m.ContentChoices),
  progress: () => import('../progress/ProgressArea').then((m) => m.ProgressArea),
  history: () => import('../history/HistoryArea').then((m) => m.HistoryArea),
  data: () => import('./YourData').then((m) => m.YourData),
  about: () => import('./AboutSection').then((m) => m.AboutSection),
};

/** The section a URL hash names; the schedule for none or an unknown one. */
export function sectionOf(hash: string): SectionId {
  return memberOf(SECTIONS, hash.replace(/^#/, '')) ?? 'schedule';
}
