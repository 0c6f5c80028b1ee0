import type { Page } from 'playwright';
import { describeVerdict, type FocusStyle, judgeFocusRing, type FocusRingVerdict } from './focus-ring';

/** More tab stops than any demo page has: a page that traps focus in a loop stops here. */
const MAX_TAB_STOPS = 80;

/** One tab stop: where it is, and its ring. */
export interface FocusStop {
  /** A selector a person can find, e.g. `main section.panel button.button "Update payment method"`. */
  selector: string;
  verdict: FocusRingVerdict;
}

/** Every tab stop of a page, in order, and the ones whose ring is not enough (as readable lines). */
export interface FocusWalk {
  stops: FocusStop[];
  failures: string[];
}

interface FocusedElement extends FocusStyle {
  /** The element's place in the DOM (tag and child index at each level): a stop seen twice ends the walk. */
  path: string;
  selector: string;
}

/** The focused element's ring styles and its place, read in the page; null when nothing is focused. */
function readFocused(): FocusedElement | null {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const style = getComputedStyle(element);
  const backgrounds: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    backgrounds.push(getComputedStyle(node).backgroundColor);
  }
  const path: string[] = [];
  const readable: string[] = [];
  for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
    path.unshift(`${node.tagName}:${node.parentElement ? [...node.parentElement.children].indexOf(node) : 0}`);
    const tag = node.tagName.toLowerCase();
    const testId = node.getAttribute('data-testid');
    if (node.id) readable.unshift(`${tag}#${node.id}`);
    else if (testId) readable.unshift(`${tag}[data-testid="${testId}"]`);
    else if (node === element || ['main', 'header', 'footer', 'section', 'article', 'form', 'nav'].includes(tag)) {
      readable.unshift(node.classList.length > 0 ? `${tag}.${node.classList[0]}` : tag);
    }
  }
  const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    path: path.join('>'),
    selector: `${readable.join(' ')}${name ? ` "${name.slice(0, 60)}"` : ''}`,
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    outlineColor: style.outlineColor,
    outlineOffset: style.outlineOffset,
    boxShadow: style.boxShadow,
    backgrounds,
  };
}

/**
 * Tabs through `page` from the top, as a keyboard user would (so `:focus-visible` applies), and
 * judges each focused element's ring with {@link judgeFocusRing}. Stops when focus leaves the page,
 * comes back to a stop it has seen, or after {@link MAX_TAB_STOPS}. Leaves focus where it ended.
 *
 * @example
 * const { failures } = await walkFocus(page);
 * expect(failures).toEqual([]); // e.g. ['header a.brand "portalkit demo": outline 3px … 2.08:1 (needs 3:1)']
 */
export async function walkFocus(page: Page): Promise<FocusWalk> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const seen = new Set<string>();
  const stops: FocusStop[] = [];
  while (stops.length < MAX_TAB_STOPS) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(readFocused);
    if (!focused || seen.has(focused.path)) break;
    seen.add(focused.path);
    stops.push({ selector: focused.selector, verdict: judgeFocusRing(focused) });
  }
  const failures = stops
    .filter((stop) => !stop.verdict.passes)
    .map((stop) => `${stop.selector}: ${describeVerdict(stop.verdict)}`);
  return { stops, failures };
}
