/**
 * Answers with the portal URL: `200 { url }` to `fetch`, `303 See Other` to a plain form post (so the
 * browser follows it with a GET, and the back button does not repost). The URL is single-use: nothing
 * may store it, hence `no-store`.
 */
export function sessionResponse(url: string, redirect: boolean): Response {
  if (redirect) {
    return new Response(null, { status: 303, headers: { location: url, 'cache-control': 'no-store' } });
  }
  return new Response(JSON.stringify({ url }), {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
