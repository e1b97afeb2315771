import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { addStyle } from '@/components/shared/addStyle';
import { dayName } from '@/components/shared/dayName';
import { type SaveSettings, useSectionSave } from '@/components/shared/save';
import { ActionError } from '@/components/shared/useAction';
import { t } from '@/lib/browser/i18n';
import type { Settings, WorkingHours } from '@/lib/core/settings/settings';
import { minutesToTime, timeToMinutes, WEEK_FROM_MONDAY } from '@/lib/core/settings/time-field';
import { checkWorkingHours, type HoursProblem } from '@/lib/core/settings/working-hours-check';
import { Dependants } from './fields/Dependants';
import style from './hours.css?inline';

// Loaded with the section, not with the page (see addStyle).
addStyle(style);

/** A range as edited: null where the person cleared a time field. */
type DraftRange = { start: number | null; end: number | null };
type Draft = { enabled: boolean; days: DraftRange[][] };
type DraftCheck = { hours: WorkingHours } | HoursProblem | { error: 'errorTimeEmpty' };

/** The draft as working hours ready to save, or what is wrong with it. */
function checkDraft(draft: Draft): DraftCheck {
  if (draft.days.some((ranges) => ranges.some((range) => range.start === null || range.end === null))) {
    return { error: 'errorTimeEmpty' };
  }
  const hours = { enabled: draft.enabled, days: draft.days as WorkingHours['days'] };
  return checkWorkingHours(hours) ?? { hours };
}

/**
 * Working hours, edited as a local draft: each change is checked at once, a
 * problem is explained beside the editor and nothing is saved until the
 * draft is valid again, so storage never holds hours the schedule cannot use.
 */
export function WorkingHoursEditor({ settings, onSave: pageSave }: { settings: Settings; onSave: SaveSettings }) {
  const [onSave, saveAction] = useSectionSave(pageSave);
  const draft = useSignal<Draft>(settings.workingHours);
  const storedJson = JSON.stringify(settings.workingHours);
  // Saves on their way to storage: their echoes must not overwrite newer edits.
  const saving = useRef(0);
  useEffect(() => {
    // Follow storage (another tab, sync), but never discard a correction in progress.
    if (saving.current === 0 && 'hours' in checkDraft(draft.value)) draft.value = settings.workingHours;
  }, [storedJson]);

  const update = (change: (days: DraftRange[][]) => DraftRange[][], enabled = draft.value.enabled) => {
    const next = { enabled, days: change(draft.value.days) };
    draft.value = next;
    const check = checkDraft(next);
    if (!('hours' in check) || JSON.stringify(check.hours) === storedJson) return;
    saving.current += 1;
    void onSave((latest) => ({ ...latest, workingHours: check.hours })).finally(() => {
      saving.current -= 1;
    });
  };
  const changeDay = (day: number, change: (ranges: DraftRange[]) => DraftRange[]) =>
    update((days) => days.map((ranges, d) => (d === day ? change(ranges) : ranges)));
  const setTime = (day: number, index: number, field: 'start' | 'end', text: string) =>
    changeDay(day, (ranges) => ranges.map((r, i) => (i === index ? { ...r, [field]: timeToMinutes(text) } : r)));
  const addRange = (day: number) =>
    // A second range most often is an afternoon; the person adjusts either.
    changeDay(day, (ranges) => [...ranges, newRangeAfter(ranges)]);
  const removeRange = (day: number, index: number) => {
    changeDay(day, (ranges) => ranges.filter((_, i) => i !== index));
    // The pressed button may be gone: keep focus in the same day rather than losing it to the page.
    document.getElementById(`add-hours-${day}`)?.focus();
  };

  const check = checkDraft(draft.value);
  const problem = 'hours' in check ? null : check;
  const message = problem ? t(problem.error, 'day' in problem ? dayName(problem.day) : undefined) : '';
  const timeField = (day: number, index: number, field: 'start' | 'end', label: string) => {
    const minutes = draft.value.days[day]?.[index]?.[field] ?? null;
    const badDay = problem !== null && 'day' in problem && problem.day === day;
    return (
      <input
        type="time"
        aria-label={label}
        value={minutes === null ? '' : minutesToTime(minutes)}
        onInput={(event) => setTime(day, index, field, event.currentTarget.value)}
        aria-invalid={minutes === null || badDay}
        aria-describedby="hours-error"
      />
    );
  };

  return (
    <section aria-labelledby="hours-heading">
      <h3 id="hours-heading">{t('workingHoursHeading')}</h3>
      <label class="check">
        <input
          type="checkbox"
          checked={draft.value.enabled}
          aria-describedby="hours-note"
          onChange={(event) => update((days) => days, event.currentTarget.checked)}
        />{' '}
        {t('workingHoursEnable')}
      </label>
      <p id="hours-note" class="muted note">
        {t('workingHoursNote')}
      </p>
      <Dependants on={draft.value.enabled} reason="offBecauseHours" label="hoursGroup">
        {WEEK_FROM_MONDAY.map((day) => {
          const name = dayName(day);
          const ranges = draft.value.days[day] ?? [];
          const several = ranges.length > 1;
          return (
            <fieldset key={day} class="day">
              <legend>{name}</legend>
              {ranges.length === 0 && <p class="muted">{t('dayOff')}</p>}
              {ranges.map((_, index) => {
                const number = String(index + 1);
                return (
                  // Ranges have no identity but their place in the day, so the index is their key.
                  <div key={index} class="range">
                    {timeField(
                      day,
                      index,
                      'start',
                      several ? t('hoursRangeFrom', [name, number]) : t('hoursFrom', name),
                    )}
                    <span aria-hidden="true">{t('hoursTo')}</span>
                    {timeField(
                      day,
                      index,
                      'end',
                      several ? t('hoursRangeUntil', [name, number]) : t('hoursUntil', name),
                    )}
                    <button
                      type="button"
                      class="quiet"
                      aria-label={t('removeRangeLabel', [name, number])}
                      onClick={() => removeRange(day, index)}
                    >
                      {t('removeRange')}
                    </button>
                  </div>
                );
              })}
              <button id={`add-hours-${day}`} type="button" class="quiet" onClick={() => addRange(day)}>
                {t('addHours', name)}
              </button>
            </fieldset>
          );
        })}
      </Dependants>
      <p id="hours-error" class="error" aria-live="polite">
        {message}
      </p>
      <ActionError action={saveAction} />
    </section>
  );
}

/**
 * A new range for a day: 09:00-17:00 on an empty day, else an hour starting an
 * hour after the day's last range ends (so it never overlaps), within the day.
 */
function newRangeAfter(ranges: readonly { start: number | null; end: number | null }[]): {
  start: number;
  end: number;
} {
  const lastEnd = Math.max(0, ...ranges.map((range) => range.end ?? 0));
  if (ranges.length === 0 || lastEnd === 0) return { start: 9 * 60, end: 17 * 60 };
  const start = Math.min(lastEnd + 60, 22 * 60);
  return { start, end: Math.min(start + 60, 23 * 60 + 59) };
}
