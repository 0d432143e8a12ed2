import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import '../styles/base.css';
import '../styles/layout.css';
import '../styles/lesson.css';
import '../styles/widget.css';
import { App } from './App';
import { applyInitialTheme } from './theme';

applyInitialTheme();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
