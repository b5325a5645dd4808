// dd-trace's own msgpack encoder (the one its trace writers use); the package ships no types for it.
declare module 'dd-trace/packages/dd-trace/src/msgpack/index.js' {
  const msgpack: { encode(value: unknown): Buffer };
  export default msgpack;
}
