import type { DehydratedState } from '@tanstack/react-query';
import type { PageName } from '../server/page-data';

/** The `<script type="application/json">` that carries a server-rendered page's data to the browser. */
export const PAGE_STATE_ELEMENT_ID = 'demo-state';

/** What that element holds: which page, and the query cache it was rendered with. */
export interface PageState {
  page: PageName;
  state: DehydratedState;
}
