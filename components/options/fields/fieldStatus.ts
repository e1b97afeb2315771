import { signal } from '@preact/signals';

/**
 * What the typed fields of the page say about saving, shared so that
 * "Saved" and an error never stand on the page together: "Saved" shows
 * beside the one field saved last, and only while no field shows an error.
 */
export const savedField = signal<string | null>(null);
export const fieldsInError = signal<ReadonlySet<string>>(new Set());

/** Marks a field as showing an error or not; an error anywhere takes "Saved" away. */
export function markFieldError(name: string, inError: boolean): void {
  const next = new Set(fieldsInError.value);
  if (inError) next.add(name);
  else next.delete(name);
  fieldsInError.value = next;
  if (inError) savedField.value = null;
}
