export * from './game-machine';
export * from './drive';
