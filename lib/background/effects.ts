import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import type { Effect, HistoryEntry } from '@/lib/schedule/types';
import { HISTORY_LIMIT, historyItem } from '@/lib/storage/items';

/** The one alarm that keeps Breathing Room's schedule. */
export const BREAK_ALARM = 'break-due';

/** The id of the break reminder, so a new one replaces the old. */
export const BREAK_NOTIFICATION = 'break-due';

/** The break view's size when it opens in its own window. */
const WINDOW_SIZE = { width: 400, height: 600 };

/** Applies one effect the schedule decided on, in the browser. */
export async function applyEffect(effect: Effect): Promise<void> {
  switch (effect.type) {
    case 'setAlarm':
      // Named, so making it again replaces it: there is never a second alarm.
      await browser.alarms.create(BREAK_ALARM, { when: effect.at });
      return;
    case 'openBreakView':
      return openBreakView();
    case 'notify':
      await browser.notifications.create(BREAK_NOTIFICATION, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t('notifyTitle'),
        message: t('notifyMessage'),
      });
      return;
    case 'clearNotification':
      await browser.notifications.clear(BREAK_NOTIFICATION);
      return;
    case 'record':
      return appendHistory(effect.entry);
  }
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

/** Adds a finished break to history. Only the background writes history, one event at a time. */
async function appendHistory(entry: HistoryEntry): Promise<void> {
  await historyItem.update((history) => [...history, entry].slice(-HISTORY_LIMIT));
}
