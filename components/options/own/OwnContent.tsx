import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { addStyle } from '@/components/shared/addStyle';
import type { SaveSettings } from '@/components/shared/save';
import { ActionError, useAction } from '@/components/shared/useAction';
import { useStored } from '@/components/shared/useStored';
import { t } from '@/lib/browser/i18n';
import { ownContentItem } from '@/lib/browser/storage/own-content-item';
import {
  deleteOwn,
  NO_OWN_CONTENT,
  newOwnId,
  OWN_LIMITS,
  type OwnContent,
  type OwnExercise,
  type OwnInsight,
  putOwn,
} from '@/lib/core/content/own';
import type { Settings } from '@/lib/core/settings/settings';
import { SettingSwitch } from '../fields/SettingSwitch';
import { ExerciseForm } from './ExerciseForm';
import { InsightForm } from './InsightForm';
import { OwnList } from './OwnList';
import css from './own.css?inline';

addStyle(css);

type Editing = { insight: OwnInsight } | { exercise: OwnExercise } | null;

/**
 * The insights and exercises a person writes: listed with Edit and Delete,
 * written in a form in place, and, when they like, the only ones breaks show.
 * Plain text throughout, shown as text, never as markup.
 */
export function OwnContentEditor({ settings, onSave }: { settings: Settings; onSave: SaveSettings }) {
  const own = useStored(ownContentItem).value ?? NO_OWN_CONTENT;
  const editing = useSignal<Editing>(null);
  const status = useSignal('');
  const action = useAction();
  const change = (next: (current: OwnContent) => OwnContent, said: string) =>
    action.run(async () => {
      await ownContentItem.update(next);
      editing.value = null;
      status.value = said;
    });
  const remove = (id: string) => change((current) => deleteOwn(current, id), t('ownDeleted'));
  const now = Date.now();
  const newInsight: OwnInsight = { id: newOwnId(own, now), theme: 'daily', text: '' };
  const newExercise: OwnExercise = { id: newOwnId(own, now), title: '', kind: 'breathing', needs: [], steps: [] };
  const open = editing.value;
  const edit = (next: Editing) => {
    status.value = '';
    editing.value = next;
  };
  // A form that closes gives focus back to the buttons that open one, so the keyboard keeps its place.
  const buttons = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !open) buttons.current?.querySelector('button')?.focus();
    wasOpen.current = open !== null;
  }, [open]);
  return (
    <div class="own">
      <h3 id="own-heading">{t('ownHeading')}</h3>
      <p class="muted small">{t('ownIntro')}</p>
      <SettingSwitch name="ownOnly" label="ownOnlyLabel" settings={settings} onSave={onSave} />
      <OwnList
        name={t('ownInsightsList')}
        items={own.insights.map(({ id, text, theme }) => ({ id, words: text, detail: t(`theme_${theme}`) }))}
        onEdit={(id) => edit({ insight: own.insights.find((item) => item.id === id) ?? newInsight })}
        onDelete={remove}
      />
      <OwnList
        name={t('ownExercisesList')}
        items={own.exercises.map(({ id, title, kind }) => ({ id, words: title, detail: t(`kind_${kind}`) }))}
        onEdit={(id) => edit({ exercise: own.exercises.find((item) => item.id === id) ?? newExercise })}
        onDelete={remove}
      />
      {open && 'insight' in open && (
        <InsightForm
          start={open.insight}
          onSave={(insight) => change((o) => putOwn(o, 'insights', insight), t('ownSaved'))}
          onCancel={() => (editing.value = null)}
        />
      )}
      {open && 'exercise' in open && (
        <ExerciseForm
          start={
            open.exercise.steps.length > 0 ? open.exercise : { ...open.exercise, steps: [{ text: '', seconds: 30 }] }
          }
          onSave={(exercise) => change((o) => putOwn(o, 'exercises', exercise), t('ownSaved'))}
          onCancel={() => (editing.value = null)}
        />
      )}
      {!open && (
        <div class="own-buttons" ref={buttons}>
          <button
            type="button"
            disabled={own.insights.length >= OWN_LIMITS.insights}
            onClick={() => edit({ insight: newInsight })}
          >
            {t('ownWriteInsight')}
          </button>
          <button
            type="button"
            disabled={own.exercises.length >= OWN_LIMITS.exercises}
            onClick={() => edit({ exercise: newExercise })}
          >
            {t('ownWriteExercise')}
          </button>
        </div>
      )}
      <p class="muted small" role="status">
        {status}
      </p>
      <ActionError action={action} />
    </div>
  );
}
