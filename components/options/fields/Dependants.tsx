import type { ComponentChildren } from 'preact';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';

interface Props {
  /** Whether the switch these controls depend on is on. */
  on: boolean;
  /** Why they are off, shown in their place and read with them: which switch turns them on. */
  reason: MessageKey;
  /** Names the group for screen readers (fieldsets want a name). */
  label: MessageKey;
  children: ComponentChildren;
}

/**
 * Controls that mean something only while a switch is on (the hours while
 * working hours are on, the volume while a chime plays): disabled together
 * while it is off, with the reason said, so nothing seems to work that does not.
 */
export function Dependants({ on, reason, label, children }: Props) {
  return (
    <fieldset class="dependants" disabled={!on} aria-label={t(label)}>
      {!on && <p class="muted small">{t(reason)}</p>}
      {children}
    </fieldset>
  );
}
