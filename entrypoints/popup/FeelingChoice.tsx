import { NEEDS } from '@/content/types';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messages';

/** "How are you feeling?": one tap starts a break whose exercise suits the answer. */
export function FeelingChoice() {
  return (
    <fieldset class="feelings">
      <legend>{t('feelingQuestion')}</legend>
      {NEEDS.map((need) => (
        <button key={need} type="button" onClick={() => sendToBackground({ type: 'takeBreakNow', need })}>
          {t(`need_${need}`)}
        </button>
      ))}
    </fieldset>
  );
}
