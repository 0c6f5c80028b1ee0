/**
 * Decodes a body the way Stripe reads stripe-node's encoding: `flow_data[subscription_update_confirm][items][0][id]=si_1`
 * becomes `{ flow_data: { subscription_update_confirm: { items: [{ id: 'si_1' }] } } }`.
 * Written separately from the handler's own form parser on purpose: a test double that shared the
 * code under test would agree with its bugs.
 */
export function parseStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(body)) {
    const [head = '', ...rest] = name.split('[');
    const path = [head, ...rest.map((segment) => segment.replace(/\]$/, ''))];
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, index) => {
      const last = index === path.length - 1;
      const key = Array.isArray(node) ? Number(segment) : segment;
      const container = node as Record<string | number, unknown>;
      if (last) {
        container[key] = value;
        return;
      }
      container[key] ??= /^\d+$/.test(path[index + 1]!) ? [] : {};
      node = container[key] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}
