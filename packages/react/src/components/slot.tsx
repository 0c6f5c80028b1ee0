import { Children, cloneElement, forwardRef, version, type ReactElement, type ReactNode } from 'react';

type AnyProps = Record<string, any>;

/**
 * Renders its only child with the slot's props merged in: the child's handlers run first, styles and
 * class names are combined, refs are both set. What `asChild` renders through. @internal
 */
export const Slot = forwardRef<unknown, AnyProps & { children?: ReactNode }>(function Slot({ children, ...ours }, ref) {
  const child = Children.only(children) as ReactElement<AnyProps>;
  const theirs = child.props;
  const props: AnyProps = { ...ours, ...theirs };
  for (const key in ours) {
    if (typeof ours[key] === 'function' && typeof theirs[key] === 'function') {
      props[key] = (...args: unknown[]) => {
        theirs[key](...args);
        ours[key](...args);
      };
    }
  }
  props.className = [ours.className, theirs.className].filter(Boolean).join(' ') || undefined;
  props.style = { ...ours.style, ...theirs.style };
  // React 19 moved `ref` into props (reading `element.ref` warns there); React 18 keeps it on the element.
  const childRef = Number.parseInt(version, 10) > 18 ? theirs.ref : (child as AnyProps).ref;
  props.ref = (node: unknown) => {
    for (const each of [ref, childRef]) {
      if (typeof each === 'function') each(node);
      else if (each) each.current = node;
    }
  };
  return cloneElement(child, props);
});

// Named for React DevTools: bundlers rename the inner function (`Slot2`) when it collides with the const.
Slot.displayName = 'Slot';
