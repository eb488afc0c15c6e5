import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { currentPlanLink } from '../../url/current-link';

/** On paper only: the link this plan was printed from, taken when printing starts. */
export function PrintLink() {
  const { m, f } = useI18n();
  const [printed, setPrinted] = useState<{ href: string; at: string } | null>(null);
  useEffect(() => {
    const onBeforePrint = () => {
      setPrinted({ href: currentPlanLink(), at: new Date().toISOString().slice(0, 10) });
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  if (!printed) return null;
  return (
    <p className="print-only print-link" data-testid="print-link">
      {m.app.printedFrom({ date: printed.at }, f)} {printed.href}
    </p>
  );
}
