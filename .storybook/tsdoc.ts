import type { ArgTypesEnhancer, StrictArgTypes } from 'storybook/internal/types';

/*
 * The kit's JSDoc is TSDoc (`@example`, `@defaultValue`, `{@link X}`), written for editors and API docs.
 * react-docgen hands it to Storybook as plain text, where `@example` JSX renders as HTML and
 * `@defaultValue` is dropped. These helpers turn it into the Markdown and table fields the docs page
 * expects, so the source stays the one place each prop is described.
 */

interface DocgenInfo {
  description?: string;
  props?: Record<string, { description?: string }>;
}

/** `{@link X}` and `{@link X | text}` become inline code. */
function links(text: string): string {
  return text.replace(
    /\{@link\s+([^}|]+?)\s*(?:\|\s*([^}]+?)\s*)?\}/g,
    (_, target: string, label?: string) => `\`${label ?? target}\``,
  );
}

/** Splits TSDoc into the text before the first block tag and the tags that follow. */
function splitTags(raw: string): { text: string; tags: { name: string; body: string }[] } {
  const [text = '', ...rest] = raw.split(/^\s*(?=@\w+)/m);
  const tags = rest.map((block) => {
    const [, name = '', body = ''] = /^@(\w+)\s*([\s\S]*)$/.exec(block.trim()) ?? [];
    return { name, body: body.trim() };
  });
  // A one-line comment puts its tag on the same line as the text: `/** The label. @defaultValue x */`.
  const inline = /\s@(defaultValue|default)\s+([\s\S]*)$/.exec(text);
  if (inline) tags.unshift({ name: inline[1]!, body: inline[2]!.trim() });
  return { text: (inline ? text.slice(0, inline.index) : text).trim(), tags };
}

/** A component's TSDoc as Markdown: its text, then each `@example` as a TSX code block. */
export function componentDescription(component: unknown): string {
  const raw = (component as { __docgenInfo?: DocgenInfo } | undefined)?.__docgenInfo?.description ?? '';
  const { text, tags } = splitTags(raw);
  const examples = tags.filter((tag) => tag.name === 'example').map((tag) => `\`\`\`tsx\n${tag.body}\n\`\`\``);
  return [links(text), ...examples].join('\n\n');
}

/** `string | undefined` reads as "union" in the table; an optional prop's type is clearer without the `undefined`. */
function typeSummary(raw: string): string {
  return raw.replace(/\s*\|\s*undefined$/, '').replace(/^\((.*)\)$/s, '$1');
}

/**
 * Fills each prop's row from its TSDoc: the description without tags, `@defaultValue` as the default,
 * the declared type instead of "union", and a control that fits an optional string or boolean.
 */
export const tsdocArgTypes: ArgTypesEnhancer = ({ component, argTypes }) => {
  const props = (component as { __docgenInfo?: DocgenInfo } | undefined)?.__docgenInfo?.props ?? {};
  const enhanced: StrictArgTypes = {};
  for (const [name, argType] of Object.entries(argTypes)) {
    const raw = props[name]?.description;
    if (raw === undefined) {
      enhanced[name] = argType;
      continue;
    }
    const { text, tags } = splitTags(raw);
    const defaultTag = tags.find((tag) => tag.name === 'defaultValue' || tag.name === 'default');
    const type = argType.type as { name?: string; raw?: string } | undefined;
    const table = { ...argType.table };
    if (type?.raw && table.type?.summary === 'union') table.type = { summary: typeSummary(type.raw) };
    // The summary is shown as code already: plain text, without the backticks `links` adds.
    if (defaultTag && !table.defaultValue) table.defaultValue = { summary: links(defaultTag.body).replace(/`/g, '') };
    let control = argType.control;
    // Controls are inferred after this runs; an explicit one here keeps "string | undefined" from reading as an object.
    if (control === undefined || (typeof control === 'object' && control.type === 'object')) {
      if (type?.raw === 'string | undefined') control = { type: 'text' };
      if (type?.raw === 'boolean | undefined') control = { type: 'boolean' };
    }
    enhanced[name] = { ...argType, description: links(text), table, ...(control === undefined ? {} : { control }) };
  }
  return enhanced;
};
