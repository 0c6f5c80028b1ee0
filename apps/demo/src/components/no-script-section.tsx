import { ManageBillingForm } from '@portalkit/react/form';
import type { ReactNode } from 'react';

/**
 * The form variant: a real `<form method="post">` that the server answers with `303 See Other`, so it
 * works before the JavaScript has loaded and with JavaScript turned off.
 */
export function NoScriptSection(): ReactNode {
  return (
    <section aria-labelledby="no-script-heading" className="panel">
      <h2 id="no-script-heading">Works without JavaScript</h2>
      <p>
        This button is a plain HTML form. Turn JavaScript off and it still takes you to the portal; with JavaScript on, it behaves
        like the buttons above.
      </p>
      <div className="actions">
        <ManageBillingForm flow="payment_method_update" className="button">
          Update payment method (form)
        </ManageBillingForm>
      </div>
    </section>
  );
}
