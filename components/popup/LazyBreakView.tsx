import { signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import { useContentText } from '@/components/shared/useContentText';
import { t } from '@/lib/browser/i18n';

type BreakViewModule = typeof import('@/components/break/BreakView');

/** The break view's code, loaded the first time a break shows: the countdown opens without it. */
const loaded = signal<BreakViewModule | undefined>(undefined);
let started = false;

/** The break view, fetched on first use together with the library's words (in parallel). */
export function LazyBreakView(props: ComponentProps<BreakViewModule['BreakView']>) {
  useContentText();
  if (!started) {
    started = true;
    void import('@/components/break/BreakView').then((module) => {
      loaded.value = module;
    });
  }
  const module = loaded.value;
  return module ? <module.BreakView {...props} /> : <p aria-busy="true">{t('loading')}</p>;
}
