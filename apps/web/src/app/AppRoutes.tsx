import { AccountPage } from '../features/account/AccountPage';
import { NotificationsPage } from '../features/notifications/NotificationsPage';
import { UnsubscribePage } from '../features/notifications/UnsubscribePage';
import { WebhooksPage } from '../features/webhooks/WebhooksPage';
import { DevMailPage } from '../features/dev/DevMailPage';
import { Route, Routes } from 'react-router';
import { AdminPage } from '../features/admin/AdminPage';
import { AssociationCasesPage } from '../features/association/AssociationCasesPage';
import { SystemicProblemsPage } from '../features/systemic-problems/SystemicProblemsPage';
import { AssociationDirectoryPage } from '../features/associations/AssociationDirectoryPage';
import { AssociationMembersPage } from '../features/associations/AssociationMembersPage';
import { AssociationProfilePage } from '../features/associations/AssociationProfilePage';
import { AcceptInvitationPage } from '../features/auth/AcceptInvitationPage';
import { ConfirmEmailPage } from '../features/auth/ConfirmEmailPage';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
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
import { MediationIntakePage } from '../features/mediation-bodies/MediationIntakePage';
import { MerchantInboxPage } from '../features/merchant/MerchantInboxPage';
import { MerchantProfilePage } from '../features/merchant/MerchantProfilePage';
import { MerchantInvitationPage } from '../features/merchant-takeover/MerchantInvitationPage';
import { MerchantTakeoverPage } from '../features/merchant-takeover/MerchantTakeoverPage';
import { RightsCheckerPage } from '../features/rights/RightsCheckerPage';
import { RequireRole } from '../session/RequireRole';
import { Layout } from './Layout';
import { VerifyPage } from '../features/verify/VerifyPage';
import { StatisticsPage } from '../features/statistics/StatisticsPage';
import { ActivityReportPage } from '../features/mediation-bodies/ActivityReportPage';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="confirm-email" element={<ConfirmEmailPage />} />
        <Route path="invitation" element={<AcceptInvitationPage />} />
        <Route path="merchant-invitation" element={<MerchantInvitationPage />} />
        <Route path="merchant-takeover" element={<MerchantTakeoverPage />} />
        <Route path="forgot-password" element={<ForgotPasswordPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="rights" element={<RightsCheckerPage />} />
        <Route path="verify" element={<VerifyPage />} />
        <Route path="statistics" element={<StatisticsPage />} />
        <Route path="merchants" element={<MerchantDirectoryPage />} />
        <Route path="merchants/:merchantId" element={<MerchantPublicPage />} />
        <Route path="claims/new" element={<RequireRole roles={['CONSUMER']}><FileClaimPage /></RequireRole>} />
        <Route path="disputes" element={<RequireRole roles={['CONSUMER']}><MyDisputesPage /></RequireRole>} />
        <Route path="disputes/:disputeId" element={<RequireRole roles={['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN']}><DisputePage /></RequireRole>} />
        <Route path="inbox" element={<RequireRole roles={['MERCHANT']}><MerchantInboxPage /></RequireRole>} />
        <Route path="merchant/profile" element={<RequireRole roles={['MERCHANT']}><MerchantProfilePage /></RequireRole>} />
        <Route path="caseload" element={<RequireRole roles={['MEDIATOR']}><MediatorCaseloadPage /></RequireRole>} />
        <Route path="intake" element={<RequireRole roles={['MEDIATOR', 'ADMIN']}><MediationIntakePage /></RequireRole>} />
        <Route path="mediation-bodies/:bodyId/report" element={<RequireRole roles={['MEDIATOR', 'ADMIN']}><ActivityReportPage /></RequireRole>} />
        <Route path="association" element={<RequireRole roles={['ASSOCIATION']}><AssociationCasesPage /></RequireRole>} />
        <Route path="association/problems" element={<RequireRole roles={['ASSOCIATION']}><SystemicProblemsPage /></RequireRole>} />
        <Route path="association/profile" element={<RequireRole roles={['ASSOCIATION']}><AssociationProfilePage /></RequireRole>} />
        <Route path="association/members" element={<RequireRole roles={['ASSOCIATION']}><AssociationMembersPage /></RequireRole>} />
        <Route path="associations" element={<AssociationDirectoryPage />} />
        <Route path="admin" element={<RequireRole roles={['ADMIN']}><AdminPage /></RequireRole>} />
        <Route path="account" element={<RequireRole roles={['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN']}><AccountPage /></RequireRole>} />
        <Route path="notifications" element={<RequireRole roles={['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION', 'ADMIN']}><NotificationsPage /></RequireRole>} />
        <Route path="merchant/webhooks" element={<RequireRole roles={['MERCHANT']}><WebhooksPage /></RequireRole>} />
        <Route path="unsubscribe/:token" element={<UnsubscribePage />} />
        <Route path="dev/mail" element={<DevMailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
