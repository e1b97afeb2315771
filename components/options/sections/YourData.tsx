import { useSignal } from '@preact/signals';
import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { ActionError, useAction } from '@/components/shared/useAction';
import { formatNumber, t, tCount } from '@/lib/browser/i18n';
import { updateHistory } from '@/lib/browser/storage/history';
import { readHistory } from '@/lib/browser/storage/history-read';
import { settingsItem } from '@/lib/browser/storage/items';
import { microTallyItem } from '@/lib/browser/storage/micro-tally-item';
import { ownContentItem } from '@/lib/browser/storage/own-content-item';
import type { OwnContent } from '@/lib/core/content/own';
import { mergeHistory, summarizeImport } from '@/lib/core/history/merge';
import { mergeMicroTally } from '@/lib/core/history/micro-tally-add';
import type { MessageKey } from '@/lib/core/message-key';
import { parseHistoryImport } from '@/lib/core/transfer/import-history';
import { parseSettingsImport } from '@/lib/core/transfer/import-settings';
import { Confirm } from '../fields/Confirm';
import { addedMessage, exportData, FileButton, readImport, summaryLines } from '../ImportDialog';

type ButtonRef = RefObject<HTMLButtonElement | null>;

const EXPORTS = [
  ['historyJson', 'exportHistoryJson'],
  ['historyCsv', 'exportHistoryCsv'],
  ['settings', 'exportSettings'],
] as const;

/** What waits for the person's yes: the question, its buttons, the write, and the button to return focus to. */
interface Pending {
  question: string[];
  confirm: MessageKey;
  cancel?: MessageKey;
  danger?: boolean;
  /** Writes, and returns what to say when done. */
  run: () => Promise<string>;
  trigger: ButtonRef;
}

/**
 * Export, import and clearing of the person's own data. Nothing is written
 * until they confirm; a file that fails any check changes nothing and says why.
 * Every write goes through the item's update(), under the lock the background
 * also takes, so a break recorded at the same moment is never lost.
 */
export function YourData() {
  const pending = useSignal<Pending | null>(null);
  // One place for what went wrong: a refused file's reason, or a failed write or export.
  const action = useAction();
  const status = useSignal('');
  const historyRef = useRef<HTMLButtonElement>(null);
  const settingsRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);

  const say = (message: string, isError = false) => {
    action.error.value = isError ? message : null;
    status.value = isError ? '' : message;
  };
  /** Runs a write or an export; on failure the error replaces what was said before. */
  const attempt = async (work: () => Promise<unknown>) => {
    if (!(await action.run(work))) status.value = '';
  };
  const ask = (next: Pending) => {
    say('');
    pending.value = next;
  };
  const close = (trigger: ButtonRef) => {
    pending.value = null;
    trigger.current?.focus();
  };
  const confirm = async (current: Pending) => {
    await attempt(async () => say(await current.run()));
    close(current.trigger);
  };

  const importHistory = async (file: File) => {
    pending.value = null;
    const result = await readImport(file, parseHistoryImport);
    if (!result.ok) return say(result.message, true);
    const { store: incoming, micro } = result;
    const microDays = Object.keys(micro).length;
    const microLine = microDays === 0 ? [] : [tCount('importMicroDays', microDays)];
    ask({
      question: [...summaryLines(summarizeImport(await readHistory(), incoming)), ...microLine],
      confirm: 'importAdd',
      trigger: historyRef,
      run: async () => {
        let added = 0;
        // Counted again against the latest history: a break may have been recorded meanwhile.
        // Breaks older than a year are folded as they are written, as the background's are.
        await updateHistory((current) => {
          added = summarizeImport(current, incoming).adding;
          return mergeHistory(current, incoming);
        }, Date.now());
        // Each day's larger count: importing the same file again adds nothing.
        if (microDays > 0) await microTallyItem.update((tally) => mergeMicroTally(tally, micro));
        return addedMessage(added);
      },
    });
  };

  const importSettings = async (file: File) => {
    pending.value = null;
    const result = await readImport(file, parseSettingsImport);
    if (!result.ok) return say(result.message, true);
    ask({
      question: [
        t('importSettingsConfirm'),
        ...(result.own
          ? [t('importOwnToo', formatNumber(result.own.insights.length + result.own.exercises.length))]
          : []),
      ],
      confirm: 'importSettingsReplace',
      trigger: settingsRef,
      run: async () => {
        // The person's own first: a settings write that fails after it leaves their own complete, and says so.
        if (result.own) await ownContentItem.update(() => result.own as OwnContent);
        await settingsItem.update(() => result.settings);
        return t('importSettingsDone');
      },
    });
  };

  const clearHistory = async () => {
    pending.value = null;
    const count = (await readHistory()).entries.length;
    const microDays = Object.keys(await microTallyItem.get()).length;
    if (count === 0 && microDays === 0) return say(t('clearNothing'));
    ask({
      question: [
        count === 0 ? t('clearConfirmMicro') : tCount('clearConfirm', count),
        ...(count > 0 && microDays > 0 ? [t('clearMicroToo')] : []),
      ],
      confirm: 'clearDelete',
      cancel: 'clearKeep',
      danger: true,
      trigger: clearRef,
      run: async () => {
        await updateHistory(() => ({ entries: [] }), Date.now());
        await microTallyItem.update(() => ({}));
        return t('historyCleared');
      },
    });
  };

  const open = pending.value;
  const row = { display: 'flex', flexWrap: 'wrap', gap: '0.5rem', margin: '0 0 0.75rem' } as const;
  return (
    <section aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{t('yourDataHeading')}</h2>
      <p class="muted">{t('yourDataNote')}</p>
      <div style={row}>
        {EXPORTS.map(([what, label]) => (
          <button key={what} type="button" onClick={() => attempt(() => exportData(what))}>
            {t(label)}
          </button>
        ))}
      </div>
      <div style={row}>
        <FileButton
          label="importHistory"
          inputLabel="importHistoryFile"
          buttonRef={historyRef}
          onFile={importHistory}
        />
        <FileButton
          label="importSettings"
          inputLabel="importSettingsFile"
          buttonRef={settingsRef}
          onFile={importSettings}
        />
      </div>
      <div class="danger-zone">
        <button type="button" class="danger" ref={clearRef} onClick={clearHistory} aria-describedby="clear-note">
          {t('clearHistory')}
        </button>
        <p id="clear-note" class="muted small">
          {t('clearHistoryNote')}
        </p>
      </div>
      {open && (
        <Confirm
          question={open.question}
          confirmLabel={t(open.confirm)}
          cancelLabel={t(open.cancel ?? 'importCancel')}
          danger={open.danger}
          onConfirm={() => confirm(open)}
          onCancel={() => close(open.trigger)}
        />
      )}
      <ActionError action={action} />
      <p role="status" class="muted">
        {status}
      </p>
    </section>
  );
}
