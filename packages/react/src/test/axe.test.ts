import { expect, it } from 'vitest';
import { axeViolations } from './axe';

// The accessibility tests are only as good as this helper: it must see a real violation.
it('reports a button without a name', async () => {
  const host = document.createElement('div');
  host.innerHTML = '<button type="button" aria-busy="maybe"></button>';
  document.body.append(host);
  const violations = await axeViolations(host);
  host.remove();
  expect(violations.map((line) => line.split(':')[0])).toEqual(expect.arrayContaining(['button-name', 'aria-valid-attr-value']));
});
