import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BADGE_ALARM, showBadge } from '@/lib/browser/background/badge';
import { browserIsBusy } from '@/lib/browser/background/busy';
import { ALARMS, applyEffect, BREAK_NOTIFICATION, HEADS_UP_BUTTONS } from '@/lib/browser/background/effects';
import { createScheduleRunner } from '@/lib/browser/background/runner';
import { welcomeOnFirstInstall } from '@/lib/browser/background/welcome';
import { parseUiMessage } from '@/lib/browser/message-readers';
import { migrateHistory } from '@/lib/browser/storage/history';
import { settingsItem } from '@/lib/browser/storage/items';
import { IDLE_DETECTION_SECONDS } from '@/lib/core/schedule/away';

/**
 * Breathing Room's background: registers every listener synchronously (so the
 * browser can wake it for any of them), turns each into a schedule event, and
 * lets the runner decide and apply. It keeps nothing in memory, so Chrome's
 * service worker and Firefox's event page (not persistent) may each be
 * unloaded while idle and woken by a listener.
 */
export default defineBackground({
  persistent: false,
  main() {
    const { run, refreshBadge } = createScheduleRunner({ now: Date.now, apply: applyEffect, showBadge });
    browser.runtime.onInstalled.addListener(async ({ reason }) => {
      await run({ type: 'installed' });
      await welcomeOnFirstInstall(reason).catch((error: unknown) => console.error('Breathing Room: welcome', error));
      // An update may bring a new form of history: move it now, not at the next break.
      await migrateHistory(Date.now()).catch((error: unknown) => console.error('Breathing Room: history', error));
    });
    browser.runtime.onStartup.addListener(() => run({ type: 'browserStarted' }));
    browser.alarms.onAlarm.addListener(async (alarm) => {
      if (alarm.name === BADGE_ALARM) return refreshBadge();
      if (alarm.name === ALARMS.headsUp) return run({ type: 'headsUpAlarm' });
      if (alarm.name === ALARMS.break) {
        return run({ type: 'alarm', scheduledTime: alarm.scheduledTime, busy: await browserIsBusy() });
      }
    });
    browser.notifications.onClicked.addListener((id) => {
      if (id === BREAK_NOTIFICATION) return run({ type: 'takeBreakNow', openView: true });
    });
    browser.notifications.onButtonClicked?.addListener((id, index) => {
      if (id !== BREAK_NOTIFICATION) return;
      return run(
        HEADS_UP_BUTTONS[index] === 'postpone' ? { type: 'postpone' } : { type: 'takeBreakNow', openView: true },
      );
    });
    browser.commands.onCommand.addListener((command) => {
      if (command === 'take-break') return run({ type: 'takeBreakNow', openView: true });
      if (command === 'toggle-pause') return run({ type: 'togglePause' });
    });
    // Only time at the computer counts: idle and a locked screen pause the countdown.
    browser.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
    browser.idle.onStateChanged.addListener((idle) => run({ type: 'idleChanged', idle }));
    settingsItem.watch(() => run({ type: 'settingsChanged' }));
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseUiMessage(raw);
      // Returning the promise answers the page once the change is stored.
      return message ? run(message) : undefined;
    });
  },
});
