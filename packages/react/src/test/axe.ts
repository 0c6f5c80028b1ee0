import axe from 'axe-core';

/**
 * The axe violations in `node`, one line each, so a failure names the rule and the element.
 * Colour contrast needs layout, which jsdom has not; the page-level `region` rule does not apply to a
 * component on its own.
 */
export async function axeViolations(node: Element): Promise<string[]> {
  const result = await axe.run(node, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.html).join(', ')})`,
  );
}
