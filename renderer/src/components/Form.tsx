import type { ReactNode } from 'react';

/** A `.form` whose submit (Enter in a field, or its submit button) runs onSubmit instead of reloading the page. */
export function Form({ onSubmit, children, className }: { onSubmit: () => unknown; children: ReactNode; className?: string }) {
  return (
    <form
      className={className ? `form ${className}` : 'form'}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
