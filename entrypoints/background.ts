import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { applyEffect, BREAK_ALARM, BREAK_NOTIFICATION } from '@/lib/background/effects';
import { createScheduleRunner } from '@/lib/background/runner';
import { parseUiMessage } from '@/lib/messages';
import { settingsItem } from '@/lib/storage/items';

/**
 * Breathing Room's background: registers every listener synchronously (so the
 * browser can wake it for any of them), turns each into a schedule event, and
 * lets the runner decide and apply. It keeps nothing in memory.
 */
export default defineBackground(() => {
  const run = createScheduleRunner({ now: Date.now, apply: applyEffect });

  browser.runtime.onInstalled.addListener(() => run({ type: 'installed' }));
  browser.runtime.onStartup.addListener(() => run({ type: 'browserStarted' }));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BREAK_ALARM) return run({ type: 'alarm', scheduledTime: alarm.scheduledTime });
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === BREAK_NOTIFICATION) return run({ type: 'notificationClicked' });
  });
  settingsItem.watch(() => run({ type: 'settingsChanged' }));
  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseUiMessage(raw);
    // Returning the promise answers the page once the change is stored.
    return message ? run(message) : undefined;
  });
});
