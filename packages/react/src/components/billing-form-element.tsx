import type { CSSProperties, ReactNode } from 'react';
import type { BillingSessionTarget } from '../hooks/billing-session-types';

/** What {@link BillingFormElement} renders. @internal */
export interface BillingFormElementProps {
  /** The endpoint the form posts to. */
  action: string;
  target: BillingSessionTarget | undefined;
  /** The request, sent as hidden fields. */
  request: object;
  /** `display: contents` for the buttons, so the form adds no box to the app's layout. */
  style?: CSSProperties | undefined;
  /** The submit control. */
  children: ReactNode;
}

/**
 * A real `<form method="post">` to a billing endpoint, with the request as hidden fields, around the
 * control: a click before hydration, or with JavaScript off, posts it and the handler answers `303
 * See Other` to Stripe. Once React runs, the click takes the fetch path instead. The one form behind
 * the buttons and the form variants. @internal
 */
export function BillingFormElement({ action, target, request, style, children }: BillingFormElementProps) {
  // No `onSubmit`: once React runs, the control's click handler prevents the post and takes the fetch path.
  return (
    <form method="post" action={action} target={target === '_blank' ? '_blank' : undefined} style={style}>
      {Object.entries(request).flatMap(([name, value]) => hiddenFields(name, value))}
      {children}
    </form>
  );
}

// Fields in the bracket notation the handlers read (`items[0][id]`); unset values send nothing.
function hiddenFields(name: string, value: unknown): ReactNode[] {
  if (Array.isArray(value)) {
    return value.flatMap((item: object, index) =>
      Object.entries(item).flatMap(([key, part]) => hiddenFields(`${name}[${index}][${key}]`, part)),
    );
  }
  return value === undefined ? [] : [<input key={name} type="hidden" name={name} value={String(value)} />];
}
