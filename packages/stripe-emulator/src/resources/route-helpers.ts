import type { EmulatorContext } from '../context';
import type { ApiContext } from '../http/api-env';
import { expandObject } from '../http/expand';
import { jsonResponse } from '../http/respond';
import { validateParams } from '../http/validate-params';
import type { Infer, ObjectSchema } from '../params/schema';

/** The request's parameters, checked against `schema`. */
export function readParams<S extends ObjectSchema<any, any>>(c: ApiContext, schema: S): Infer<S> {
  return validateParams(c.get('form'), schema);
}

/** Answers with `object`, after applying the request's `expand[]`. */
export function respondWith(ctx: EmulatorContext, object: object, expand: readonly string[] | undefined): Response {
  return jsonResponse(expandObject(ctx.store, object, expand));
}
