import { t } from '@/lib/browser/i18n';

/** Where the helpline link goes; nothing is fetched unless the person clicks it. */
const HELPLINE_URL = 'https://findahelpline.com';

/**
 * The calm safety note: a self-care tool, not professional care, and a way to
 * find help. Folded in the break view, open in options.
 */
export function CareNote({ open = false }: { open?: boolean }) {
  return (
    <details class="care" open={open}>
      <summary>{t('careSummary')}</summary>
      <p>{t('careText')}</p>
      <p>{t('careEmergency')}</p>
      <p>
        <a href={HELPLINE_URL} target="_blank" rel="noopener noreferrer">
          {t('careLink')}
        </a>
      </p>
    </details>
  );
}
