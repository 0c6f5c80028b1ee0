import { html, type SafeHtml } from './html';

/** One field at fault: the `id` of its input (or first radio button), its label and the problem. */
export interface FieldError {
  id: string;
  label: string;
  message: string;
}

/** What went wrong with a form post. */
export interface FormProblems {
  /** A problem with the form as a whole, such as a declined card. */
  problem?: string | null | undefined;
  /** The fields at fault, in the order they appear on the page. */
  fields?: readonly FieldError[];
}

/**
 * The error summary at the top of a form page after a failed post: a heading, the form-level
 * problem, and a link to each field at fault. It takes focus as the page loads (`tabindex="-1"`
 * plus `autofocus`, so no script is needed; the pages' CSP runs none) and is announced as an alert,
 * after the pattern of https://design-system.service.gov.uk/components/error-summary/.
 *
 * @example
 * errorSummary({ fields: [{ id: 'field-email', label: 'Email', message: 'Enter an email address.' }] });
 */
export function errorSummary(problems: FormProblems): SafeHtml | null {
  const fields = problems.fields ?? [];
  if (!problems.problem && fields.length === 0) return null;
  return html`<div class="error error-summary" role="alert" id="form-error" tabindex="-1" autofocus>
<h2>There is a problem</h2>
${problems.problem ? html`<p>${problems.problem}</p>` : null}
${fields.length ? html`<ul>${fields.map((field) => html`<li><a href="#${field.id}">${field.label}: ${field.message}</a></li>`)}</ul>` : null}
</div>`;
}

/**
 * Field errors keyed by field name as {@link FieldError}s, in `order`, with each input's id
 * `field-<name>` (as `textField` and `countrySelect` render it).
 *
 * @example
 * fieldErrors({ cvc: 'Enter the code.' }, { number: 'Card number', cvc: 'CVC' });
 */
export function fieldErrors<Name extends string>(
  errors: Partial<Record<Name, string>>,
  labels: Record<Name, string>,
): FieldError[] {
  return (Object.keys(labels) as Name[]).flatMap((name) => {
    const message = errors[name];
    return message ? [{ id: `field-${name}`, label: labels[name], message }] : [];
  });
}
