// A blank Vite + React app: the reference k3s-sizer's start-up and input benchmarks are measured
// against in the same run (scripts/bench/lighthouse.mjs, scripts/bench/input-latency.mjs). It has
// what Vite's React template has (a heading, a control, some state) and one number field whose
// value it echoes, so the input benchmark can time input to painted text the same way on both.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [agents, setAgents] = useState(5);
  return (
    <main>
      <h1>Vite + React</h1>
      <label>
        Agents <input name="agents" type="number" value={agents} onChange={(e) => setAgents(Number(e.target.value))} />
      </label>
      <p data-testid="echo">× {agents.toLocaleString('en')} agents</p>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
