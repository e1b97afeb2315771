import { t } from '@/lib/browser/i18n';

interface Item {
  id: string;
  /** The insight's words or the exercise's title. */
  words: string;
  /** Its theme or kind, quietly after it. */
  detail: string;
}

interface Props {
  /** The list's name, for screen readers: "Your insights". */
  name: string;
  items: Item[];
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

/** A person's own items, each with Edit and Delete named after it; nothing when there are none. */
export function OwnList({ name, items, onEdit, onDelete }: Props) {
  if (items.length === 0) return null;
  return (
    <ul class="own-list" aria-label={name}>
      {items.map(({ id, words, detail }) => (
        <li key={id}>
          <span class="own-words">{words}</span>
          <span class="muted small">{detail}</span>
          <button type="button" class="quiet" aria-label={t('ownEditNamed', words)} onClick={() => onEdit(id)}>
            {t('ownEdit')}
          </button>
          <button type="button" class="quiet" aria-label={t('ownDeleteNamed', words)} onClick={() => onDelete(id)}>
            {t('ownDelete')}
          </button>
        </li>
      ))}
    </ul>
  );
}
