import { createRef } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderError } from '../test/render-error';
import { Slot } from './slot';

it('merges props into its child: child handlers first, styles and classes combined, both refs set', () => {
  const calls: string[] = [];
  const slotRef = createRef<HTMLElement>();
  const childRef = createRef<HTMLAnchorElement>();
  render(
    <Slot ref={slotRef} className="slot" style={{ color: 'red', margin: 2 }} title="from slot" onClick={() => calls.push('slot')}>
      <a
        ref={childRef}
        href="/x"
        className="child"
        style={{ margin: 1 }}
        title="from child"
        onClick={(event) => {
          event.preventDefault();
          calls.push('child');
        }}
      >
        x
      </a>
    </Slot>,
  );
  const link = screen.getByRole('link');
  fireEvent.click(link);
  expect(calls).toEqual(['child', 'slot']);
  expect(link).toHaveClass('slot', 'child');
  expect(link).toHaveStyle({ color: 'rgb(255, 0, 0)', margin: '1px' });
  expect(link).toHaveAttribute('title', 'from child');
  expect(slotRef.current).toBe(link);
  expect(childRef.current).toBe(link);
});

it('refuses anything but one element', () => {
  expect(renderError(() => render(<Slot>text</Slot>))).toMatchObject({
    message: expect.stringMatching(/single React element child/),
  });
});
