/** The origins a browser may send a signed-in request from: LIFTBOARD_URL's, and its loopback twin
 * (localhost ⇄ 127.0.0.1) so either spelling of a local install works. */
export function trustedOrigins(baseURL: string): string[] {
  const url = new URL(baseURL);
  const twin =
    url.hostname === "localhost" ? `${url.protocol}//127.0.0.1:${url.port}` : url.hostname === "127.0.0.1" ? `${url.protocol}//localhost:${url.port}` : null;
  return twin ? [url.origin, twin] : [url.origin];
}

/** The address people reach Liftboard at (README: LIFTBOARD_URL, else localhost on PORT). */
export function baseUrlOf(env: { LIFTBOARD_URL?: string }, port = process.env.PORT ?? "3000"): string {
  return env.LIFTBOARD_URL ?? `http://localhost:${port}`;
}
