import { useI18n } from '../../i18n/i18n';
import { usePrinting } from './use-printing';

/** On paper only: the link this plan was printed from, taken when printing starts. */
export function PrintLink() {
  const { m, f } = useI18n();
  const printed = usePrinting();
  if (!printed) return null;
  return (
    <p className="print-only print-link" data-testid="print-link">
      {m.app.printedFrom({ date: printed.date }, f)} {printed.href}
    </p>
  );
}
