import v8 from 'node:v8'

// Each thread's first files run while V8 compiles and recompiles ~150 hot functions: in a run
// over a folder, the first pass cost about twice what the same files cost with warm code.
// Inlining less makes that warm-up cheaper (one thread over the bench folder's 1,800 files:
// 3.8 -> 3.1 s of CPU; a second pass, and a single large document, take the same).
//
// The flag is process-wide, and V8 checks it against every code cache: while it is set, a new
// worker thread compiles Node's own modules from source (its start took ~60 ms longer), and a
// code cache written then is refused by the next run. So it is set only once every worker has
// started and got its files (a run of few files stops its workers first and never sets it), and
// set back to V8's default before the run ends and the loader writes its cache.
const name = 'max-inlined-bytecode-size-cumulative'
/** V8's default in Node 20 (`node --v8-options`). */
const usual = 920
const less = 300

/** Whether the user gave the flag to Node: then it is theirs, left as it is. */
const theirs = (): boolean => process.execArgv.some((arg) => arg.includes(name)) || (process.env.NODE_OPTIONS ?? '').includes(name)

export function inlineLess(): void {
  if (!theirs()) v8.setFlagsFromString(`--${name}=${less}`)
}

export function inlineAsUsual(): void {
  if (!theirs()) v8.setFlagsFromString(`--${name}=${usual}`)
}
