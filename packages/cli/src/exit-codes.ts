/** Process exit codes of `hpc-clusters`. */
export const EXIT = {
  ok: 0,
  /** The service, the network or the response failed. */
  service: 1,
  /** Bad flags or input refused by validation: fix the command line. */
  usage: 2,
  /** No usable credentials. */
  credentials: 3,
  /** Interrupted (SIGINT). */
  interrupted: 130,
} as const;
