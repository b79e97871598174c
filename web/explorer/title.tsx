// A view's heading, which takes the focus when the reader arrives from another view (not on first load).
/** @jsxImportSource preact */
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";

/** Set on navigation; views render their heading only once their data is in, so the heading claims it then. */
let focusPending = false;

export function focusNextTitle(): void {
  focusPending = true;
}

export function PageTitle({ children, lang }: { children: ComponentChildren; lang?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} lang={lang}>
      {children}
    </h1>
  );
}
