/** What a fake API answers: a JSON body (none when undefined) with its status, as the real one sends it. */
export const jsonReply = (status: number, body?: unknown): Promise<Response> =>
  Promise.resolve(
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    }),
  );
