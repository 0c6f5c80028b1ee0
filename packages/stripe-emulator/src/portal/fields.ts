import { html, type SafeHtml } from './html';

/** One labelled text input. */
export interface TextFieldOptions {
  name: string;
  label: string;
  value?: string | null | undefined;
  /** @defaultValue `'text'` */
  type?: 'text' | 'email' | 'tel' | 'number';
  autocomplete?: string;
  inputmode?: 'numeric' | 'text' | 'email' | 'tel';
  hint?: string;
  /** The error to show under the field; also marks it `aria-invalid`. */
  error?: string | null | undefined;
  required?: boolean;
  min?: number;
  max?: number | null;
}

/**
 * A `<label>` + `<input>` pair with its hint and error tied to it by `aria-describedby`, so a screen
 * reader announces them with the field.
 *
 * @example
 * textField({ name: 'cvc', label: 'CVC', inputmode: 'numeric', autocomplete: 'cc-csc' });
 */
export function textField(options: TextFieldOptions): SafeHtml {
  const { name, label, value, hint, error } = options;
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<label for="${id}">${label}</label>
${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : null}
<input id="${id}" name="${name}" type="${options.type ?? 'text'}" value="${value ?? ''}"${attr('autocomplete', options.autocomplete)}${attr('inputmode', options.inputmode)}${attr('min', options.min)}${attr('max', options.max)}${options.required ? html` required` : null}${error ? html` aria-invalid="true"` : null}${described ? html` aria-describedby="${described}"` : null}>
${error ? html`<p class="error" id="${id}-error">${error}</p>` : null}`;
}

/** A radio button inside a fieldset. */
export function radioChoice(name: string, value: string, label: string, checked: boolean): SafeHtml {
  const id = `field-${name}-${value}`;
  return html`<label class="choice" for="${id}"><input type="radio" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : null}> ${label}</label>`;
}

/** A form-level problem, announced as soon as the page loads. */
export function formError(message: string | null | undefined): SafeHtml | null {
  return message ? html`<div class="error" role="alert" id="form-error">${message}</div>` : null;
}

/** A one-time success message. */
export function formNotice(message: string | null | undefined): SafeHtml | null {
  return message ? html`<p class="notice" role="status">${message}</p>` : null;
}

function attr(name: string, value: string | number | null | undefined): SafeHtml | null {
  return value === undefined || value === null ? null : html` ${name}="${value}"`;
}
