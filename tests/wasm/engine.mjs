// The tests load the engine exactly as the local server does.
export * from '../../scripts/engine.mjs';
