import { html, type SafeHtml } from './html';
import { COUNTRIES } from './countries';

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
${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : null}`;
}

/** A radio button inside a fieldset. */
export function radioChoice(name: string, value: string, label: string, checked: boolean): SafeHtml {
  const id = `field-${name}-${value}`;
  return html`<label class="choice" for="${id}"><input type="radio" id="${id}" name="${name}" value="${value}"${checked ? html` checked` : null}> ${label}</label>`;
}

/** A one-time success message. */
export function formNotice(message: string | null | undefined): SafeHtml | null {
  return message ? html`<p class="notice" role="status">${message}</p>` : null;
}

function attr(name: string, value: string | number | null | undefined): SafeHtml | null {
  return value === undefined || value === null ? null : html` ${name}="${value}"`;
}

/** A labelled country `<select>` over the ISO 3166-1 list, posting the two-letter code. */
export interface CountrySelectOptions {
  name: string;
  label: string;
  /** The selected code; the empty choice is selected when it is not in the list. */
  value?: string | null | undefined;
  error?: string | null | undefined;
  /** @defaultValue `'country'` */
  autocomplete?: string;
  /** The label of the empty first choice; without one, there is none. */
  emptyLabel?: string;
}

/**
 * A country select instead of a two-letter text field: the customer picks a name, the form posts
 * Stripe's `address.country` code.
 *
 * @example
 * countrySelect({ name: 'address_country', label: 'Country or region', value: 'GB', emptyLabel: 'Choose a country' });
 */
export function countrySelect(options: CountrySelectOptions): SafeHtml {
  const { name, label, value, error, emptyLabel } = options;
  const id = `field-${name}`;
  const choices = COUNTRIES.map(
    (country) => html`<option value="${country.code}"${country.code === value ? html` selected` : null}>${country.name}</option>`,
  );
  return html`<label for="${id}">${label}</label>
<select id="${id}" name="${name}" autocomplete="${options.autocomplete ?? 'country'}"${error ? html` aria-invalid="true" aria-describedby="${id}-error"` : null}>
${emptyLabel === undefined ? null : html`<option value="">${emptyLabel}</option>`}
${choices}
</select>
${error ? html`<p class="field-error" id="${id}-error">${error}</p>` : null}`;
}
