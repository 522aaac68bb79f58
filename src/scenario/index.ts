export * from './schema';
export * from './errors';
export * from './parse';
export * from './plan';
export * from './catalog';
export * from './setup';
export * from './csv';
