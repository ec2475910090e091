// The first provider that yields wins, and is asked again (alone) next time, as Alibaba's
// default chain does. When none yields, one CredentialsError lists what each source said.
import { CredentialsError, describeFailure, isCredentialsError, type SourceFailure } from "./errors.ts";
import type { Credentials, CredentialsProvider } from "./types.ts";

/** A provider with a name for the chain's error message. */
export interface NamedProvider {
  readonly name: string;
  readonly provider: CredentialsProvider;
}

export interface ChainProvider extends CredentialsProvider {
  /** The name of the provider that worked last, once one has. */
  readonly selected: string | undefined;
}

function named(entry: CredentialsProvider | NamedProvider, index: number): NamedProvider {
  return typeof entry === "function" ? { name: entry.name || `provider ${index + 1}`, provider: entry } : entry;
}

export function chain(...providers: (CredentialsProvider | NamedProvider)[]): ChainProvider {
  if (providers.length === 0) throw new TypeError("chain: pass at least one provider");
  const entries = providers.map(named);
  let selected: NamedProvider | undefined;
  let searching: Promise<Credentials> | undefined;

  const search = async (): Promise<Credentials> => {
    const failures: SourceFailure[] = [];
    for (const entry of entries) {
      try {
        const credentials = await entry.provider();
        selected = entry;
        return credentials;
      } catch (error) {
        failures.push({
          source: isCredentialsError(error) && error.source ? error.source : entry.name,
          message: describeFailure(error),
        });
      }
    }
    const list = failures.map((f) => `${f.source}: ${f.message}`).join("; ");
    throw new CredentialsError(`no credentials found in the chain (${list})`, { source: "chain", sources: failures });
  };

  const provider = (async () => {
    if (selected) return selected.provider();
    // Concurrent first calls share one walk down the chain.
    searching ??= search().finally(() => (searching = undefined));
    return searching;
  }) as ChainProvider;
  Object.defineProperty(provider, "selected", { get: () => selected?.name });
  return provider;
}
