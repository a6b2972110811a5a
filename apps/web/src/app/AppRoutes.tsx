import { Route, Routes } from 'react-router';
import { AdminPage } from '../features/admin/AdminPage';
import { AssociationCasesPage } from '../features/association/AssociationCasesPage';
import { LoginPage } from '../features/auth/LoginPage';
import { SignUpPage } from '../features/auth/SignUpPage';
import { FileClaimPage } from '../features/claim/FileClaimPage';
import { MerchantDirectoryPage } from '../features/directory/MerchantDirectoryPage';
import { MerchantPublicPage } from '../features/directory/MerchantPublicPage';
import { DisputePage } from '../features/disputes/DisputePage';
import { MyDisputesPage } from '../features/disputes/MyDisputesPage';
import { HomePage } from '../features/home/HomePage';
import { NotFoundPage } from '../features/home/NotFoundPage';
import { MediatorCaseloadPage } from '../features/mediator/MediatorCaseloadPage';
import { MerchantInboxPage } from '../features/merchant/MerchantInboxPage';
import { MerchantProfilePage } from '../features/merchant/MerchantProfilePage';
import { RightsCheckerPage } from '../features/rights/RightsCheckerPage';
import { RequireRole } from '../session/RequireRole';
import { Layout } from './Layout';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="rights" element={<RightsCheckerPage />} />
        <Route path="merchants" element={<MerchantDirectoryPage />} />
        <Route path="merchants/:merchantId" element={<MerchantPublicPage />} />
        <Route path="claims/new" element={<RequireRole roles={['CONSUMER']}><FileClaimPage /></RequireRole>} />
        <Route path="disputes" element={<RequireRole roles={['CONSUMER']}><MyDisputesPage /></RequireRole>} />
        <Route path="disputes/:disputeId" element={<RequireRole roles={['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN']}><DisputePage /></RequireRole>} />
        <Route path="inbox" element={<RequireRole roles={['MERCHANT']}><MerchantInboxPage /></RequireRole>} />
        <Route path="merchant/profile" element={<RequireRole roles={['MERCHANT']}><MerchantProfilePage /></RequireRole>} />
        <Route path="caseload" element={<RequireRole roles={['MEDIATOR']}><MediatorCaseloadPage /></RequireRole>} />
        <Route path="association" element={<RequireRole roles={['ASSOCIATION']}><AssociationCasesPage /></RequireRole>} />
        <Route path="admin" element={<RequireRole roles={['ADMIN']}><AdminPage /></RequireRole>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
