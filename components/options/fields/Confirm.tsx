import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A question asked in place, with a confirm and a cancel button. Focus moves
 * to the question when it appears, so a screen reader reads it and the next
 * Tab reaches the buttons; Escape cancels.
 */
export function Confirm(props: {
  question: string[];
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const question = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => question.current?.focus(), []);
  return (
    <fieldset
      aria-labelledby="your-data-question"
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') props.onCancel();
      }}
    >
      <div id="your-data-question" ref={question} tabIndex={-1}>
        {props.question.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <p class="confirm-actions">
        <button type="button" class={props.danger ? 'primary danger' : 'primary'} onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" onClick={props.onCancel}>
          {props.cancelLabel}
        </button>
      </p>
    </fieldset>
  );
}
