import { signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import { LoadFailure } from '@/components/shared/LoadFailure';
import { t } from '@/lib/browser/i18n';

/*
 * The popup's two views that are fetched the first time they show, so the
 * countdown opens without them: the break view (with the library's words)
 * and the micro-break. firstPaint.ts starts the load before the first paint.
 */

type BreakViewModule = typeof import('@/components/break/BreakView');
type MicroModule = typeof import('@/components/micro/MicroBreak');

const breakView = signal<BreakViewModule | undefined>(undefined);
const microBreak = signal<MicroModule | undefined>(undefined);
/** True when a view's code could not be loaded: after an update the old chunk names are gone. */
const failed = signal(false);
const fail = (error: unknown) => {
  console.error('Breathing Room: a view did not load', error);
  failed.value = true;
};
let loadingBreak: Promise<unknown> | undefined;
let loadingMicro: Promise<unknown> | undefined;

/** Starts loading the break view's code, then the library's words, once; resolves when both are there (or failed). */
export const loadBreakView = () =>
  (loadingBreak ??= import('@/components/break/BreakView').then(async (module) => {
    await module.loadWords();
    breakView.value = module;
  }, fail));

/** Starts loading the micro-break's code, once. */
export const loadMicroBreak = () =>
  (loadingMicro ??= import('@/components/micro/MicroBreak').then((module) => {
    microBreak.value = module;
  }, fail));

/** The break view, fetched on first use with the library's words. */
export function LazyBreakView(props: ComponentProps<BreakViewModule['BreakView']>) {
  void loadBreakView();
  const module = breakView.value;
  if (failed.value) return <LoadFailure />;
  return module ? <module.BreakView {...props} /> : <p aria-busy="true">{t('loading')}</p>;
}

/** The micro-break, fetched on first use. */
export function LazyMicroBreak(props: ComponentProps<MicroModule['MicroBreak']>) {
  void loadMicroBreak();
  const module = microBreak.value;
  if (failed.value) return <LoadFailure />;
  return module ? <module.MicroBreak {...props} /> : null;
}
