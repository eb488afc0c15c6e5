import { useI18n } from '../../i18n/i18n';

interface FigureProps {
  vcpu: number;
  memoryMiB: number;
  vcpuOrMore?: boolean;
  size?: 'large' | 'small';
}

/** vCPU and memory side by side, the way every card states a requirement. */
export function Figure({ vcpu, memoryMiB, vcpuOrMore = false, size = 'large' }: FigureProps) {
  const { m, f } = useI18n();
  return (
    <dl className={`figure figure--${size}`}>
      <div>
        <dt>{m.results.cpu}</dt>
        <dd>{f.vcpu(vcpu, vcpuOrMore)}</dd>
      </div>
      <div>
        <dt>{m.results.memory}</dt>
        <dd>{f.memory(memoryMiB)}</dd>
      </div>
    </dl>
  );
}
