import { Children, cloneElement, forwardRef, isValidElement, version, type ReactElement, type ReactNode } from 'react';

type AnyProps = Record<string, unknown>;

/**
 * Renders its only child with the slot's props merged in: the child's handlers run first, styles and
 * class names are combined, refs are both set. What `asChild` renders through. @internal
 */
export const Slot = forwardRef<HTMLElement, AnyProps & { children?: ReactNode }>(function Slot(
  { children, ...slotProps },
  forwardedRef,
) {
  const child = Children.only(children);
  if (!isValidElement<AnyProps>(child)) throw new Error('[portalkit] asChild needs a single React element child.');
  const props: AnyProps = { ...slotProps, ...child.props };
  for (const key of Object.keys(child.props)) {
    const ours = slotProps[key];
    const theirs = child.props[key];
    if (/^on[A-Z]/.test(key) && typeof ours === 'function' && typeof theirs === 'function') {
      props[key] = (...args: unknown[]) => {
        theirs(...args);
        ours(...args);
      };
    } else if (key === 'style') props.style = { ...(ours as object), ...(theirs as object) };
    else if (key === 'className') props.className = [ours, theirs].filter(Boolean).join(' ');
  }
  props.ref = composeRefs(forwardedRef, childRef(child));
  return cloneElement(child, props);
});

// React 19 moved `ref` into props (reading `element.ref` warns there); React 18 keeps it on the element.
function childRef(element: ReactElement<AnyProps>): unknown {
  return Number.parseInt(version, 10) >= 19 ? element.props.ref : (element as { ref?: unknown }).ref;
}

function composeRefs(...refs: unknown[]) {
  return (node: unknown) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: unknown }).current = node;
    }
  };
}
