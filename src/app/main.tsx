import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { restoreLastPlan } from '../url/plan-storage';
import { App } from './app';
import '../ui/styles.css';

// A link that names a plan wins; otherwise the plan this browser kept comes back.
const restored = restoreLastPlan();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App restored={restored} />
  </StrictMode>,
);
