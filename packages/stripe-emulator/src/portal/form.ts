/** The fields of one submitted page form. */
export interface PortalForm {
  /** The first value of `name`, trimmed; `''` when the field is missing. */
  get(name: string): string;
  /** Whether the field was sent at all (a checkbox, or which submit button was used). */
  has(name: string): boolean;
}

// The largest page form (customer details) is well under 2 KB; anything far bigger is not a person.
const MAX_FORM_BYTES = 16_384;

/** Thrown when a body is not a form a portal page could have sent. */
export class FormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormError';
  }
}

/**
 * Reads an `application/x-www-form-urlencoded` body, as the pages' `<form method="post">` sends it.
 * Other content types are refused: the pages send no JSON and no files.
 *
 * @example
 * const form = await readForm(c.req.raw);
 * form.get('reason'); // 'too_expensive'
 */
export async function readForm(request: Request): Promise<PortalForm> {
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new FormError('Expected a form submission (application/x-www-form-urlencoded).');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_FORM_BYTES) throw new FormError('The form is too large.');
  const text = await request.text();
  if (text.length > MAX_FORM_BYTES) throw new FormError('The form is too large.');
  const params = new URLSearchParams(text);
  return {
    get: (name) => (params.get(name) ?? '').trim(),
    has: (name) => params.has(name),
  };
}

/**
 * The query of a page address as a {@link PortalForm}, for pages that carry a choice in their URL
 * (the plan confirmation page), read with the same trimming as a posted form.
 *
 * @example
 * readQuery('https://emulator.test/p/session/x/subscriptions/sub_1/update/confirm?price=price_y').get('price'); // 'price_y'
 */
export function readQuery(url: string): PortalForm {
  const params = new URL(url).searchParams;
  return {
    get: (name) => (params.get(name) ?? '').trim(),
    has: (name) => params.has(name),
  };
}
