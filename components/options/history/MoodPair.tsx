import { Face } from '@/components/shared/Face';
import { Icon } from '@/components/shared/icons';
import { t } from '@/lib/browser/i18n';
import type { Mood } from '@/lib/core/vocabulary';

/** One mood as the break drew it, named for screen readers ("Mood before: Okay"). */
function NamedFace({ mood, when }: { mood: Mood; when: 'before' | 'after' }) {
  const name = t(when === 'before' ? 'historyMoodBefore' : 'historyMoodAfter', t(`mood_${mood}`));
  return (
    <span class="history-mood">
      <Face mood={mood} />
      <span class="visually-hidden">{name}</span>
    </span>
  );
}

/**
 * How the person felt before and after a break, as the faces they chose:
 * "before → after" when both were given, one face and the word saying which
 * when only one was, and nothing when neither was.
 */
export function MoodPair({ before, after }: { before?: Mood; after?: Mood }) {
  if (before && after) {
    return (
      <span class="history-moods">
        <NamedFace mood={before} when="before" />{' '}
        <Icon class="mood-arrow">
          <path d="M5 12h14M13 6l6 6-6 6" />
        </Icon>
        <NamedFace mood={after} when="after" />
      </span>
    );
  }
  const [mood, when] = before ? ([before, 'before'] as const) : ([after, 'after'] as const);
  if (!mood) return null;
  return (
    <span class="history-moods">
      <NamedFace mood={mood} when={when} />
      {/* Hidden from screen readers: the face's own name already says which. */}
      <span class="history-mood-when" aria-hidden="true">
        {t(when === 'before' ? 'historyMoodOnlyBefore' : 'historyMoodOnlyAfter')}
      </span>
    </span>
  );
}
