import { signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import { LoadFailure } from '@/components/shared/LoadFailure';
import { t } from '@/lib/browser/i18n';

type BreakViewModule = typeof import('@/components/break/BreakView');

/** The break view's code, loaded the first time a break shows: the countdown opens without it. */
const loaded = signal<BreakViewModule | undefined>(undefined);
/** True when its code could not be loaded: after an update the old chunk names are gone. */
const failed = signal(false);
let started = false;

/** The break view, fetched on first use; it fetches the library's words itself. */
export function LazyBreakView(props: ComponentProps<BreakViewModule['BreakView']>) {
  if (!started) {
    started = true;
    import('@/components/break/BreakView').then(
      (module) => {
        loaded.value = module;
      },
      (error: unknown) => {
        console.error('Breathing Room: the break view did not load', error);
        failed.value = true;
      },
    );
  }
  if (failed.value) return <LoadFailure />;
  const module = loaded.value;
  return module ? <module.BreakView {...props} /> : <p aria-busy="true">{t('loading')}</p>;
}
