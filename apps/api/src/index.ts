export type { App, AppDependencies } from './app.ts';
export { createApp } from './app.ts';
export type { Env } from './env.ts';
export { parseEnv } from './env.ts';
export type { PlatformServers, PlatformServersOptions } from './servers.ts';
export { startPlatformServers } from './servers.ts';
