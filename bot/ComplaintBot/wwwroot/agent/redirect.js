'use strict';

// Where Entra ID sends MSAL.js's silent renewals back to (in a hidden frame): hands the answer to the console's page.
window.msalRedirectBridge.broadcastResponseToMainFrame().catch(() => {
  document.body.textContent = 'Sign-in could not be completed; close this window and sign in again.';
});
