import { useRef } from 'preact/hooks';
import { dayName } from '@/components/shared/dayName';
import { type SaveSettings, useSectionSave } from '@/components/shared/save';
import { ActionError, useAction } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import { todaysHours, withWorkingHours } from '@/lib/core/settings/first-run';
import type { DayRange, Settings } from '@/lib/core/settings/settings';
import { minutesToTime, timeToMinutes, WEEK_FROM_MONDAY } from '@/lib/core/settings/time-field';

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
  // A time that makes no range is said beside the fields, where every action here says what went wrong.
  const times = useAction();
  const days = WEEK_FROM_MONDAY.filter((day) => settings.workingHours.days[day]?.length || day === today);

  const from = useRef<HTMLInputElement>(null);
  const to = useRef<HTMLInputElement>(null);

  const save = (on: boolean, next: DayRange) => onSave((latest) => withWorkingHours(latest, on, next, today));
  // Both fields as they read now: one left wrong is not saved, and is not lost when the other changes.
  const changeTime = () => {
    const [start, end] = [timeToMinutes(from.current?.value ?? ''), timeToMinutes(to.current?.value ?? '')];
    const problem = start === null || end === null ? 'errorTimeEmpty' : end <= start ? 'welcomeHoursOrder' : null;
    times.error.value = problem && t(problem);
    if (start !== null && end !== null && !problem) void save(true, { start, end });
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
              <input ref={from} type="time" defaultValue={minutesToTime(range.start)} onChange={changeTime} />
            </label>
            <label>
              {t('welcomeHoursTo')}{' '}
              <input ref={to} type="time" defaultValue={minutesToTime(range.end)} onChange={changeTime} />
            </label>
          </div>
          <ActionError action={times} />
          <p class="muted small">{t('welcomeHoursDays', days.map(dayName).join(', '))}</p>
        </>
      ) : (
        <p class="muted small">{t('welcomeHoursAnyTime')}</p>
      )}
      <ActionError action={action} />
    </fieldset>
  );
}
