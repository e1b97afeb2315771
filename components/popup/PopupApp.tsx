import { useSignal } from '@preact/signals';
import { ReadFailure } from '@/components/shared/readFailed';
import { useStored } from '@/components/shared/useStored';
import { useTheme } from '@/components/shared/useTheme';
import { t } from '@/lib/browser/i18n';
import { sendToBackground } from '@/lib/browser/messages';
import { breakProgressItem, scheduleItem, settingsItem } from '@/lib/browser/storage/items';
import { microOnScreen, shownBreakId } from '@/lib/core/break-progress';
import { AtRest } from './AtRest';
import { LazyBreakView, LazyMicroBreak } from './LazyViews';
import { closeIfOwnWindow } from './place';

/** The break's screens are done with: the next popup shows the countdown, and this one closes. */
function leave(): void {
  breakProgressItem
    .update(() => null)
    .catch((error: unknown) => console.error('Breathing Room:', error))
    .finally(closeIfOwnWindow);
}

/**
 * The toolbar popup (and the break's own window): the break while one runs,
 * or its closing screen for a while after; else the countdown at rest.
 */
export function PopupApp() {
  const state = useStored(scheduleItem).value;
  const closingHere = useSignal<number | undefined>(undefined);
  const settings = useStored(settingsItem).value;
  const progress = useStored(breakProgressItem).value;
  useTheme(settings?.theme);
  if (!state || !settings || progress === undefined) {
    return (
      <main aria-busy="true">
        <ReadFailure />
        {t('loading')}
      </main>
    );
  }
  const active = state.activeBreak ?? null;
  // The close screen stays after the schedule has recorded the break, until the person leaves it:
  // in this page from the moment it shows, in the next popup as its saved progress says.
  const breakId = shownBreakId(active, progress, Date.now()) ?? closingHere.value;
  if (breakId === undefined && microOnScreen(settings, state, Date.now())) {
    return <LazyMicroBreak key={state.microShownAt} state={state} settings={settings} />;
  }
  if (breakId === undefined) return <AtRest state={state} settings={settings} />;
  return (
    <main class="break">
      <LazyBreakView
        key={breakId}
        breakId={breakId}
        active={active}
        saved={progress}
        state={state}
        settings={settings}
        onMoodBefore={(mood) => sendToBackground({ type: 'moodBefore', mood })}
        onBegin={() => sendToBackground({ type: 'beginExercise' })}
        onShowContent={(content) => sendToBackground({ type: 'showContent', ...content })}
        onFinish={(outcome, notes) => sendToBackground({ type: 'finishBreak', outcome, ...notes })}
        onAmend={(notes) => sendToBackground({ type: 'amendBreak', id: String(breakId), ...notes })}
        onClosing={() => {
          closingHere.value = breakId;
        }}
        onLeave={() => {
          closingHere.value = undefined;
          leave();
        }}
      />
    </main>
  );
}
