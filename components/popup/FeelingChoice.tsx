import { ActionError, useAction } from '@/components/shared/useAction';
import { useRovingFocus } from '@/components/shared/useRovingFocus';
import { NEEDS } from '@/content/types';
import { t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';

/** "Need something now?": one tap starts a break whose exercise suits the answer. One tab stop, arrows move along. */
export function FeelingChoice() {
  const action = useAction();
  const roving = useRovingFocus(NEEDS.length);
  return (
    <div class="feelings">
      <p id="feelings-label" class="small muted">
        {t('needSomething')}
      </p>
      <div role="toolbar" aria-labelledby="feelings-label" class="chips" onKeyDown={roving.onKeyDown}>
        {NEEDS.map((need, i) => (
          <button
            key={need}
            type="button"
            class="chip"
            {...roving.item(i)}
            onClick={() => action.run(() => sendToBackground({ type: 'takeBreakNow', need }))}
          >
            {t(`need_${need}`)}
          </button>
        ))}
      </div>
      <ActionError action={action} />
    </div>
  );
}
