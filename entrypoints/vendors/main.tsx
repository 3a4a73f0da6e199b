import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { VendorsApp } from '../../components/vendors/VendorsApp.tsx';
import '../../components/vendors/vendors.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VendorsApp />
  </StrictMode>,
);
