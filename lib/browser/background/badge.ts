import { browser } from 'wxt/browser';
import { clockTime, duration, t } from '@/lib/browser/i18n';
import { type Badge, badgeText, MINUTES_SHOWN } from '@/lib/core/schedule/badge';

/** The alarm set for the moment the badge next changes (lib/core/schedule/badge.ts); none when it will not. */
export const BADGE_ALARM = 'badge-tick';

/** The tooltip says the same in words, for everyone who cannot read a badge at a glance. */
function badgeTitle(badge: Badge): string {
  switch (badge.kind) {
    case 'minutes':
      if (badge.minutes < 1) return t('nextBreakSoon');
      return badge.minutes < MINUTES_SHOWN
        ? t('nextBreakIn', duration(badge.minutes, 'minute', 'short'))
        : t('nextBreakInHours', duration(Math.floor(badge.minutes / 60), 'hour', 'short'));
    case 'paused':
      return badge.until === null ? t('pausedUntilResumed') : t('pausedUntil', clockTime(badge.until));
    case 'offHours':
      return t('offHoursTitle', clockTime(badge.until));
    case 'due':
      return t('breakWaiting');
    case 'micro':
      return t('microTitle');
    case 'none':
      return t('extName');
  }
}

/**
 * Shows the badge and its tooltip on the toolbar button, and sets the one
 * alarm that refreshes them when they would change: a new alarm of the same
 * name replaces the last (and the once-a-minute tick older versions set).
 */
export async function showBadge(badge: Badge, refreshAt: number | null): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: badgeText(badge) }),
    action.setTitle({ title: badgeTitle(badge) }),
    action.setBadgeBackgroundColor({ color: '#2f6b5a' }),
    refreshAt === null ? browser.alarms.clear(BADGE_ALARM) : browser.alarms.create(BADGE_ALARM, { when: refreshAt }),
  ]);
}
