import { type Signal, useSignal } from '@preact/signals';
import { describeError } from '@/lib/browser/errors';

/** An action a person takes, and what went wrong with it, if anything. */
export interface Action {
  /** Runs the work; a failure is kept in `error`, in the person's words, never thrown. */
  run(work: () => Promise<unknown>): Promise<boolean>;
  error: Signal<string | null>;
}

/**
 * Every action a person takes either works or says, where they acted, what
 * went wrong: run the work through this, and show `error` with ActionError
 * next to the control.
 */
export function useAction(): Action {
  const error = useSignal<string | null>(null);
  return {
    error,
    async run(work) {
      error.value = null;
      try {
        await work();
        return true;
      } catch (failure) {
        console.error('Breathing Room:', failure);
        error.value = describeError(failure);
        return false;
      }
    },
  };
}

/** The message of a failed action, read out once as it appears; nothing when all is well. */
export function ActionError({ action, id }: { action: Action; id?: string }) {
  return (
    <p id={id} class="action-error" role="alert">
      {action.error.value}
    </p>
  );
}
