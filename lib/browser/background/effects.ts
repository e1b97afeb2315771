import { browser } from 'wxt/browser';
import { t } from '@/lib/browser/i18n';
import { amendInHistory } from '@/lib/browser/storage/history';
import type { AlarmName, Effect } from '@/lib/core/schedule/types';
import { recordBreak } from './record';
import { playReminderChime } from './sound';

/** The browser alarm behind each of the schedule's alarms. */
export const ALARMS: Readonly<Record<AlarmName, string>> = { break: 'break-due', headsUp: 'heads-up' };

/** The id of the break reminder, so a new one replaces the old (the heads-up shares it). */
export const BREAK_NOTIFICATION = 'break-due';

/** The heads-up's buttons, where the browser has notification buttons (not Firefox). */
export const HEADS_UP_BUTTONS = ['startNow', 'postpone'] as const;

/** The break view's size when it opens in its own window. */
const WINDOW_SIZE = { width: 420, height: 640 };

/** Applies one effect the schedule decided on, in the browser. */
export async function applyEffect(effect: Effect): Promise<void> {
  switch (effect.type) {
    case 'setAlarm':
      // Named, so making it again replaces it: there is never a second alarm.
      await browser.alarms.create(ALARMS[effect.name], { when: effect.at });
      return;
    case 'clearAlarm':
      await browser.alarms.clear(ALARMS[effect.name]);
      return;
    case 'openBreakView':
      return effect.large ? openLargeBreak() : openBreakView();
    case 'notify':
      return effect.kind === 'headsUp' ? notify(effect.minutes, effect.snooze) : notify(null);
    case 'clearNotification':
      await browser.notifications.clear(BREAK_NOTIFICATION);
      return;
    case 'chime':
      return playReminderChime(effect.volume);
    case 'record':
      return recordBreak(effect.entry, effect.entry.endedAt);
    case 'amend': {
      const { id, moodAfter, note } = effect;
      await amendInHistory(id, { ...(moodAfter && { moodAfter }), ...(note !== undefined && { note }) }, Date.now());
      return;
    }
  }
}

/** The reminder, or with `minutes` the heads-up before it: calm words, and buttons where they exist. */
async function notify(minutes: number | null, snooze = false): Promise<void> {
  const base = { type: 'basic' as const, iconUrl: browser.runtime.getURL('/icon/128.png') };
  if (minutes === null) {
    await browser.notifications.create(BREAK_NOTIFICATION, {
      ...base,
      title: t('notifyTitle'),
      message: t('notifyMessage'),
    });
    return;
  }
  // Snooze, the second button, only where it would work.
  const titles = [t('startNow'), ...(snooze ? [t('headsUpSnooze')] : [])];
  const buttons = import.meta.env.FIREFOX ? {} : { buttons: titles.map((title) => ({ title })) };
  await browser.notifications.create(BREAK_NOTIFICATION, {
    ...base,
    title: t('headsUpTitle', String(minutes)),
    message: t('headsUpMessage'),
    ...buttons,
  });
}

/**
 * Opens the break view: the toolbar popup where the browser allows it from
 * the background (Chrome, with a focused window), else the same page in a
 * small window of its own (Firefox, or no focused window).
 */
async function openBreakView(): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  try {
    await action.openPopup();
  } catch {
    const url = browser.runtime.getURL('/popup.html?window=1');
    await browser.windows.create({ url, type: 'popup', ...WINDOW_SIZE });
  }
}

/**
 * The large break: a big window of its own, centred on the window the person
 * works in (four fifths of it), with a calm full-bleed background, for people
 * who want the break to take the screen the way desktop break apps do.
 */
async function openLargeBreak(): Promise<void> {
  const around = await browser.windows.getLastFocused().catch(() => undefined);
  const [left, top, width, height] = [
    around?.left ?? 0,
    around?.top ?? 0,
    around?.width ?? 1280,
    around?.height ?? 800,
  ];
  const size = { width: Math.round(width * 0.8), height: Math.round(height * 0.85) };
  await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?window=large'),
    type: 'popup',
    ...size,
    left: Math.round(left + (width - size.width) / 2),
    top: Math.round(top + (height - size.height) / 2),
    focused: true,
  });
}
