import { signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import { LoadFailure } from '@/components/shared/LoadFailure';
import { t } from '@/lib/browser/i18n';

type BreakViewModule = typeof import('@/components/break/BreakView');

/** The break view's code, loaded the first time a break shows: the countdown opens without it. */
const loaded = signal<BreakViewModule | undefined>(undefined);
/** True when its code could not be loaded: after an update the old chunk names are gone. */
const failed = signal(false);
let loading: Promise<unknown> | undefined;

/**
 * Starts loading the break view's code, then the library's words, once;
 * resolves when both are there (or have failed, which the view says), so
 * the view's first paint shows the break rather than "Loading".
 */
export function loadBreakView(): Promise<unknown> {
  loading ??= import('@/components/break/BreakView').then(
    async (module) => {
      await module.loadText();
      loaded.value = module;
    },
    (error: unknown) => {
      console.error('Breathing Room: the break view did not load', error);
      failed.value = true;
    },
  );
  return loading;
}

/** The break view, fetched on first use with the library's words. */
export function LazyBreakView(props: ComponentProps<BreakViewModule['BreakView']>) {
  void loadBreakView();
  if (failed.value) return <LoadFailure />;
  const module = loaded.value;
  return module ? <module.BreakView {...props} /> : <p aria-busy="true">{t('loading')}</p>;
}
