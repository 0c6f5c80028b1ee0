import { queryOptions } from '@tanstack/react-query';
import { RETURN_TRIP_PATH, type ReturnNoticeData } from '../server/page-data';

/**
 * What the page says about a trip to Stripe the browser is back from. The server renders the page
 * with it (and forgets the trip once its news is said), so it is read once per page, never again.
 */
export const returnNoticeQuery = queryOptions({
  queryKey: ['return-notice'],
  queryFn: async () => {
    const response = await fetch(RETURN_TRIP_PATH, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${RETURN_TRIP_PATH} answered ${response.status}`);
    return (await response.json()) as ReturnNoticeData | null;
  },
  staleTime: Number.POSITIVE_INFINITY,
});

/**
 * Tells the server the page has said what the trip that left at `leftAt` changed (or given up
 * waiting), so a reload says nothing. A newer trip, begun in another tab, is kept.
 */
export async function forgetReturnTrip(leftAt: number): Promise<void> {
  await fetch(`${RETURN_TRIP_PATH}?${new URLSearchParams({ left: String(leftAt) })}`, { method: 'DELETE' }).catch(() => {});
}
