import type { RefObject } from 'preact';
import { useRef } from 'preact/hooks';
import { formatNumber, t, tCount } from '@/lib/browser/i18n';
import { readHistory } from '@/lib/browser/storage/history-read';
import { settingsItem } from '@/lib/browser/storage/items';
import { microTallyItem } from '@/lib/browser/storage/micro-tally-item';
import { ownContentItem } from '@/lib/browser/storage/own-content-item';
import type { ImportSummary } from '@/lib/core/history/merge';
import type { MessageKey } from '@/lib/core/message-key';
import { exportFileName, exportHistoryCsv, exportHistoryJson, exportSettingsJson } from '@/lib/core/transfer/export';
import { type ImportError, MAX_IMPORT_BYTES } from '@/lib/core/transfer/file';

/*
 * The parts of "Your data" that are not the section itself: files in and
 * out, and the in-place question that guards every write.
 */

/**
 * Reads a chosen file and checks it with `parse`: the parsed value, or the
 * message that says why not (a file over the limit is refused unread).
 */
export async function readImport<R extends { ok: true }>(
  file: File,
  parse: (text: string, bytes: number) => R | ImportError,
): Promise<R | { ok: false; message: string }> {
  let text = '';
  if (file.size <= MAX_IMPORT_BYTES) {
    try {
      text = await file.text();
    } catch {
      return { ok: false, message: t('importCantRead') };
    }
  }
  const result = parse(text, file.size);
  return result.ok ? result : { ok: false, message: t(result.error, result.substitutions) };
}

/** Saves `text` as a download named `name`, through a short-lived object URL. */
function download(text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the download; the Blob is freed with it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A button that opens a hidden file chooser for Breathing Room's JSON files. */
export function FileButton(props: {
  label: MessageKey;
  inputLabel: MessageKey;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" ref={props.buttonRef} onClick={() => input.current?.click()}>
        {t(props.label)}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t(props.inputLabel)}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) is a change too.
          event.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
    </>
  );
}

/** "Added 139 breaks." or "Added 1 break." */
export const addedMessage = (count: number) => tCount('importAdded', count);

/** Downloads the current history (JSON or CSV) or settings, named with today's date. */
export async function exportData(what: 'historyJson' | 'historyCsv' | 'settings'): Promise<void> {
  const now = Date.now();
  const json = 'application/json';
  if (what === 'settings') {
    const [settings, own] = await Promise.all([settingsItem.get(), ownContentItem.get()]);
    download(exportSettingsJson(settings, now, own), json, exportFileName('settings', 'json', now));
  } else if (what === 'historyJson') {
    const [history, micro] = await Promise.all([readHistory(), microTallyItem.get()]);
    download(exportHistoryJson(history, now, micro), json, exportFileName('history', 'json', now));
  } else {
    const csv = 'text/csv;charset=utf-8';
    download(exportHistoryCsv(await readHistory()), csv, exportFileName('history', 'csv', now));
  }
}

/** The question before a history import: "This file has 142 breaks: 139 new, 3 already here." */
export function summaryLines({ adding, alreadyPresent }: ImportSummary): string[] {
  return [tCount('importSummary', adding + alreadyPresent, [formatNumber(adding), formatNumber(alreadyPresent)])];
}
