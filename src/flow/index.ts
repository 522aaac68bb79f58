export * from './game-machine';
export * from './drive';
export * from './difficulty';
export * from './replay';
export * from './prediction';
