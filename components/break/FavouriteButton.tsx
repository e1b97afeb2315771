import { settingsItem } from '@/lib/browser/storage/items';
import { ActionError, useAction } from '../shared/useAction';
import { HeartIcon } from './icons';

/** Which list a heart belongs to. */
type Kind = 'favouriteInsights' | 'favouriteExercises';

/** Adds or removes an id, applied to the latest stored settings under the shared lock. */
function toggle(kind: Kind, id: string): Promise<unknown> {
  return settingsItem.update((settings) => {
    const list = settings[kind];
    return { ...settings, [kind]: list.includes(id) ? list.filter((other) => other !== id) : [...list, id] };
  });
}

/** A heart on an insight or exercise, with its words: favourites come up a little more often. */
export function FavouriteButton({ kind, id, on, label }: { kind: Kind; id: string; on: boolean; label: string }) {
  const action = useAction();
  return (
    <span class="heart-wrap">
      <button type="button" class="quiet heart" aria-pressed={on} onClick={() => action.run(() => toggle(kind, id))}>
        <HeartIcon filled={on} /> {label}
      </button>
      <ActionError action={action} />
    </span>
  );
}
