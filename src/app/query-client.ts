import { QueryClient } from '@tanstack/react-query';

/** The app's query client: rules files are fetched once and kept. */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } });
}
