import { useState } from 'react';

/**
 * Server-rendered HTML as a story shows it, e.g. a form before hydration. A submit is stopped where the
 * browser would post (the story's iframe has no server behind it) and the story says what would happen.
 *
 * @example
 * render: () => <StaticHtml html={renderToStaticMarkup(<ManageBillingForm flow="customer_update" />)} />,
 */
export function StaticHtml({ html }: { html: string }) {
  const [posted, setPosted] = useState<string>();
  return (
    <>
      <div
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.target as HTMLFormElement;
          const fields = [...new FormData(form, (event.nativeEvent as SubmitEvent).submitter)].map(
            ([name, value]) => `${name}=${String(value)}`,
          );
          setPosted(`POST ${form.getAttribute('action') ?? ''} ${fields.join(' ')}`);
        }}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {posted === undefined ? null : <WouldPost request={posted} reset={() => setPosted(undefined)} />}
    </>
  );
}

function WouldPost({ request, reset }: { request: string; reset: () => void }) {
  return (
    <div role="status" className="story-would-open">
      <p>
        The browser would post the form (the server answers 303 to the portal): <code>{request}</code>
      </p>
      <button type="button" className="app-button" onClick={reset}>
        Reset the story
      </button>
    </div>
  );
}
