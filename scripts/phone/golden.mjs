export function goldenVectors() { return []; }
