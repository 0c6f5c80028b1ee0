import { useEffect, useId, useRef, type ReactNode } from 'react';

/** One problem with a form, and the field (by `id`) where the customer fixes it. */
export interface FormProblem {
  message: string;
  fieldId: string;
}

/**
 * The problems a failed form post came back with, above the form. It takes focus as the page loads,
 * so a keyboard or screen-reader user lands on what went wrong: through `autofocus` in the server's
 * HTML (JavaScript off, or not loaded yet), and again after hydration, in case the page moved it.
 * Each problem links to its field.
 *
 * @example
 * <ErrorSummary problems={[{ message: 'That customer does not exist.', fieldId: 'customers' }]} />
 */
export function ErrorSummary({ problems }: { problems: readonly FormProblem[] }): ReactNode {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section
      ref={ref}
      aria-labelledby={headingId}
      className="callout callout--error error-summary"
      data-testid="error-summary"
      tabIndex={-1}
      // biome-ignore lint/a11y/noAutofocus: the summary of a failed post is where focus belongs on load.
      autoFocus
    >
      <h2 id={headingId}>There is a problem</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.fieldId + problem.message}>
            <a href={`#${problem.fieldId}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
