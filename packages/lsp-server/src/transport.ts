/** Whether the command line names a transport (an editor started the server), else it was run by hand. */
export function hasTransport(args: readonly string[]): boolean {
  return args.some((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket=') || arg.startsWith('--pipe='))
}
