import { browser } from 'wxt/browser';
import { clockTime, t } from '@/lib/browser/i18n';
import type { Badge } from '@/lib/core/schedule/badge';

/** The alarm that keeps the badge's minutes fresh: the worker may sleep, so no timer. */
export const BADGE_ALARM = 'badge-tick';

/** Badge text: minutes up to 99, then hours; a pause mark; a dot for a break waiting. */
function badgeText(badge: Badge): string {
  switch (badge.kind) {
    case 'minutes':
      return badge.minutes < 100 ? String(badge.minutes) : `${Math.floor(badge.minutes / 60)}h`;
    case 'paused':
      return '❚❚';
    case 'due':
      return '•';
    case 'none':
      return '';
  }
}

/** The tooltip says the same in words, for everyone who cannot read a badge at a glance. */
export function badgeTitle(badge: Badge): string {
  switch (badge.kind) {
    case 'minutes':
      return badge.minutes < 1 ? t('nextBreakSoon') : t('nextBreakIn', String(badge.minutes));
    case 'paused':
      return badge.until === null ? t('pausedUntilResumed') : t('pausedUntil', clockTime(badge.until));
    case 'due':
      return t('breakWaiting');
    case 'none':
      return t('extName');
  }
}

/** Shows the badge and its tooltip on the toolbar button. */
export async function showBadge(badge: Badge): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: badgeText(badge) }),
    action.setTitle({ title: badgeTitle(badge) }),
    action.setBadgeBackgroundColor({ color: '#2f6b5a' }),
  ]);
}
