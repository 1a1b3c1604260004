import type { AddressInfo } from 'node:net';
import type { ServerType } from '@hono/node-server';
import { serve } from '@hono/node-server';

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, lets requests in flight finish, then closes idle keep-alives. */
  close: () => Promise<void>;
}

type FetchHandler = (request: Request) => Response | Promise<Response>;

const DRAIN_TIMEOUT_MS = 10_000;

export function startHttpServer(fetch: FetchHandler, port: number, hostname: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (error: Error) => reject(error);
    server = serve({ fetch, port, hostname }, (info: AddressInfo) => {
      server.off('error', onError);
      const host = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () => closeGracefully(server),
      });
    });
    server.once('error', onError);
  });
}

function closeGracefully(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, DRAIN_TIMEOUT_MS).unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}
