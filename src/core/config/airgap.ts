import { formatK3sVersion, type K3sVersion } from '../model/k3s-version';
import type { PlanInput } from '../model/plan-input';
import type { AirgapRules, Rules } from '../model/rules';

/**
 * The K3s install script as an air-gapped node keeps it, beside install.sh (this plan's own script,
 * which runs it). The docs name it install.sh; ours already has that name (decision 024).
 */
export const LOCAL_INSTALLER = 'k3s-install.sh';

/** One release asset: its name, where it is downloaded from, and where it goes on a node (null: beside install.sh). */
export interface ReleaseAsset {
  readonly name: string;
  readonly url: string;
  readonly destination: string | null;
}

/**
 * What an air-gapped plan downloads beforehand for its architecture and release (decision 024):
 * the binary (renamed to k3s in place), the images archive (when the nodes load images from it,
 * not from a private registry), the release's checksums, the install script, and, for a private
 * registry, the list of images to push.
 */
export interface AirgapAssets {
  /** The release, e.g. v1.33.4+k3s1: the binary and the images must be of the same one. */
  readonly release: string;
  /** The architecture as the release names it (amd64, arm64, arm, s390x). */
  readonly releaseArch: string;
  readonly binary: ReleaseAsset;
  /** The archive every node with an agent loads at start; null when a private registry serves the images. */
  readonly images: ReleaseAsset | null;
  /** The other compression variants of the same archive, any of which K3s loads. */
  readonly imageVariants: readonly string[];
  /** The archive to push to a private registry and the list of its images; null without one. */
  readonly registryImages: { readonly archive: ReleaseAsset; readonly list: ReleaseAsset } | null;
  readonly checksums: ReleaseAsset;
  readonly installer: ReleaseAsset;
  readonly skipDownloadEnv: string;
  readonly binaryPath: string;
  readonly imagesDirectory: string;
}

/** The release in a download URL: `+` written as `%2B`, as the K3s docs and the installer do. */
function releasePath(release: string): string {
  return release.replaceAll('+', '%2B');
}

/**
 * The release assets an air-gapped plan needs, or null when the plan is not air-gapped, the rules
 * file has no air-gap facts, or they name no build for the plan's architecture.
 */
export function airgapAssets(
  input: PlanInput,
  rules: Pick<Rules, 'airgap' | 'install'>,
  version: K3sVersion,
): AirgapAssets | null {
  const facts: AirgapRules | undefined = rules.airgap;
  if (!input.airgap.enabled || !facts) return null;
  const arch = facts.architectures.find((a) => a.arch === input.cluster.arch);
  if (!arch) return null;
  const release = formatK3sVersion(version);
  const base = `${facts.releaseUrl}/${releasePath(release)}`;
  const asset = (name: string, destination: string | null): ReleaseAsset => ({
    name,
    url: `${base}/${name}`,
    destination,
  });
  const [preferred = '.tar', ...others] = facts.imageArchive.extensions;
  const archiveName = (ext: string) => `${facts.imageArchive.prefix}${arch.release}${ext}`;
  const privateRegistry = input.airgap.registry.trim() !== '';
  // docker image load reads the uncompressed archive; the nodes read any variant.
  const plainTar = facts.imageArchive.extensions.find((e) => e === '.tar') ?? preferred;
  return {
    release,
    releaseArch: arch.release,
    binary: asset(arch.binary, facts.binaryPath),
    images: privateRegistry ? null : asset(archiveName(preferred), `${facts.imagesDirectory}/`),
    imageVariants: others.map(archiveName),
    registryImages: privateRegistry
      ? { archive: asset(archiveName(plainTar), null), list: asset(facts.imageList, null) }
      : null,
    checksums: asset(`${facts.checksumsPrefix}${arch.release}.txt`, null),
    installer: { name: LOCAL_INSTALLER, url: rules.install.scriptUrl, destination: null },
    skipDownloadEnv: facts.skipDownloadEnv,
    binaryPath: facts.binaryPath,
    imagesDirectory: facts.imagesDirectory,
  };
}
