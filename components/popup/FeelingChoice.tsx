import { ActionError, useAction } from '@/components/shared/useAction';
import { NEEDS } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';

/** "How are you feeling?": one tap starts a break whose exercise suits the answer. */
export function FeelingChoice() {
  const action = useAction();
  return (
    <fieldset class="feelings">
      <legend>{t('feelingQuestion')}</legend>
      {NEEDS.map((need) => (
        <button
          key={need}
          type="button"
          onClick={() => action.run(() => sendToBackground({ type: 'takeBreakNow', need }))}
        >
          {t(`need_${need}`)}
        </button>
      ))}
      <ActionError action={action} />
    </fieldset>
  );
}
