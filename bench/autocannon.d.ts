// autocannon ships no types; bench/scale.ts declares the part it uses.
declare module 'autocannon';
