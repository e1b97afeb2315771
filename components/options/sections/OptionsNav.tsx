import { t } from '@/lib/browser/i18n';
import { SECTION_NAMES, SECTIONS, type SectionId } from './sections';

/**
 * The sections as links: a column beside the section on a wide window, a
 * wrapping row above it on a narrow one (options.css). Plain links to
 * `#section`, so each can be bookmarked, opened in a new tab, or linked to
 * from the popup; the one shown is marked for sight and for screen readers.
 */
export function OptionsNav({ current }: { current: SectionId }) {
  return (
    <nav class="sections" aria-label={t('sectionsLabel')}>
      <ul>
        {SECTIONS.map((id) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={id === current ? 'page' : undefined}>
              {t(SECTION_NAMES[id])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
