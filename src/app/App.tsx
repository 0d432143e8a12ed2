import { BrowserRouter, Route, Routes } from 'react-router';
import { LessonPage } from '../lessons/LessonPage';
import { NotFoundPage } from '../lessons/NotFoundPage';
import { HomePage } from './HomePage';
import { Layout } from './Layout';

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="lessons/:slug" element={<LessonPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
