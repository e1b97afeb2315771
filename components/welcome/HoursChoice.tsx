import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { type SaveSettings, useSectionSave } from '@/components/options/save';
import { ActionError } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import type { MessageKey } from '@/lib/core/message-key';
import { todaysHours, withWorkingHours } from '@/lib/core/settings/first-run';
import type { DayRange, Settings } from '@/lib/core/settings/settings';

/** "HH:MM" for minutes after midnight, as a time field takes it; 24:00 shows as 23:59. */
const asTime = (minutes: number) => {
  const m = Math.min(minutes, 23 * 60 + 59);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** A time field's "HH:MM" as minutes after midnight; null when cleared. */
const asMinutes = (text: string) => {
  const match = /^(\d\d):(\d\d)/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

/** Monday first, as the options page lists the week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];

/**
 * Working hours on or off, with one range prefilled from today's hours (nine
 * to six on a new install) for every working day. A time that does not make
 * a range is said beside the fields and not saved; each day apart is in options.
 */
export function HoursChoice({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, action] = useSectionSave(pageSave);
  const today = new Date().getDay();
  const { enabled } = settings.workingHours;
  const range = todaysHours(settings, today);
  const problem = useSignal<MessageKey | null>(null);
  const days = WEEK.filter((day) => settings.workingHours.days[day]?.length || day === today);

  const from = useRef<HTMLInputElement>(null);
  const to = useRef<HTMLInputElement>(null);

  const save = (on: boolean, next: DayRange) => onSave((latest) => withWorkingHours(latest, on, next, today));
  // Both fields as they read now: one left wrong is not saved, and is not lost when the other changes.
  const changeTime = () => {
    const [start, end] = [asMinutes(from.current?.value ?? ''), asMinutes(to.current?.value ?? '')];
    problem.value = start === null || end === null ? 'errorTimeEmpty' : end <= start ? 'welcomeHoursOrder' : null;
    if (start !== null && end !== null && !problem.value) void save(true, { start, end });
  };

  return (
    <fieldset class="welcome-choices">
      <legend>{t('welcomeHoursLegend')}</legend>
      <label class="check">
        <input type="checkbox" checked={enabled} onChange={(event) => save(event.currentTarget.checked, range)} />{' '}
        {t('welcomeHoursSwitch')}
      </label>
      {enabled ? (
        <>
          <div class="hours-range">
            <label>
              {t('welcomeHoursFrom')}{' '}
              <input ref={from} type="time" defaultValue={asTime(range.start)} onChange={changeTime} />
            </label>
            <label>
              {t('welcomeHoursTo')}{' '}
              <input ref={to} type="time" defaultValue={asTime(range.end)} onChange={changeTime} />
            </label>
          </div>
          <p class="action-error" role="alert">
            {problem.value && t(problem.value)}
          </p>
          <p class="muted small">
            {t('welcomeHoursDays', days.map((day) => t(`day_${day}` as MessageKey)).join(', '))}
          </p>
        </>
      ) : (
        <p class="muted small">{t('welcomeHoursAnyTime')}</p>
      )}
      <ActionError action={action} />
    </fieldset>
  );
}
