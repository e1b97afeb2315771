import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';

/**
 * A weekday's name, Sunday at 0 as Date#getDay counts: every `day_0` to
 * `day_6` message exists. A module of its own, so the popup's start does not
 * carry it.
 */
export const dayName = (day: number): string => t(`day_${day}` as MessageKey);
