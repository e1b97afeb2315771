import { browser } from 'wxt/browser';
import { duration, t } from '@/lib/browser/i18n';
import { amendInHistory } from '@/lib/browser/storage/history';
import { microTallyItem } from '@/lib/browser/storage/micro-tally-item';
import { localDay } from '@/lib/core/history/dates';
import { addMicro } from '@/lib/core/history/micro-tally-add';
import type { AlarmName, Effect } from '@/lib/core/schedule/types';
import { recordBreak } from './record';
import { playReminderChime } from './sound';

/** The browser alarm behind each of the schedule's alarms. */
export const ALARMS: Readonly<Record<AlarmName, string>> = { break: 'break-due', headsUp: 'heads-up' };

/** The id of the break reminder, so a new one replaces the old (the heads-up shares it). */
export const BREAK_NOTIFICATION = 'break-due';

/** The id of a micro-break's notification, apart from the break's, so clearing one leaves the other. */
const MICRO_NOTIFICATION = 'micro-break';

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
      if (effect.kind === 'micro') return notify(MICRO_NOTIFICATION, t('microTitle'), t('microCueFar'));
      if (effect.kind === 'break') return notify(BREAK_NOTIFICATION, t('notifyTitle'), t('notifyMessage'));
      // The heads-up's Snooze, the second button, only where it would work.
      return notify(
        BREAK_NOTIFICATION,
        t('headsUpTitle', duration(effect.minutes, 'minute', 'short')),
        t('headsUpMessage'),
        [t('startNow'), ...(effect.snooze ? [t('headsUpSnooze')] : [])],
      );
    case 'clearNotification':
      await browser.notifications.clear(effect.micro ? MICRO_NOTIFICATION : BREAK_NOTIFICATION);
      return;
    case 'countMicro': {
      const { outcome, at } = effect;
      await microTallyItem.update((tally) => addMicro(tally, localDay(at), outcome));
      return;
    }
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

/** A notification: calm words, and buttons where the browser has them (not Firefox). */
async function notify(id: string, title: string, message: string, buttons: string[] = []): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    ...(buttons.length > 0 && !import.meta.env.FIREFOX && { buttons: buttons.map((text) => ({ title: text })) }),
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
