// The entry of the bundle a bundling process does not make, when a large
// site's build makes the client and the server bundle in two processes in
// turn (scripts/build.ts, design/two-process-build.md): nothing to compile.
export {};
