// The "×" button that closes a card or panel, or removes an item; its accessible name says which.
import type { Ref } from 'react';

export function CloseButton({
  label,
  onClick,
  ref,
}: {
  label: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}) {
  return (
    <button ref={ref} type="button" className="remove-button" aria-label={label} onClick={onClick}>
      ×
    </button>
  );
}
