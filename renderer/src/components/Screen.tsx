import { useEffect, useRef, type ReactNode } from 'react';

/**
 * One screen: a main landmark with its heading. Focus moves to the heading when the screen
 * opens, so keyboard and screen-reader users start at the top of the new content.
 */
export function Screen(props: { title: string; children: ReactNode; actions?: ReactNode; className?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [props.title]);
  return (
    <main className={`screen ${props.className ?? ''}`}>
      <h1 ref={heading} tabIndex={-1}>
        {props.title}
      </h1>
      {props.children}
      {props.actions ? <div className="screen-actions">{props.actions}</div> : null}
    </main>
  );
}
