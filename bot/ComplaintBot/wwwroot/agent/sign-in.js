'use strict';

// Signs an agent in. With Entra ID: "Sign in with Microsoft" (MSAL.js loginRedirect, which comes back here). With a
// local account: fetch an antiforgery token, post name and password with it. Then open the console.
(function () {
  const form = document.getElementById('sign-in-form');
  const microsoft = document.getElementById('sign-in-microsoft');
  const error = document.getElementById('sign-in-error');

  window.agentAuth.init().then((options) => {
    if (window.agentAuth.usesEntra()) {
      window.location.assign('/agent');
      return;
    }
    form.hidden = !options.localAccounts;
    microsoft.hidden = !options.entraId;
  }).catch((failure) => { error.textContent = failure.message || 'Sign-in is not available.'; });

  microsoft.addEventListener('click', () => {
    error.textContent = '';
    window.agentAuth.signInWithMicrosoft().catch((failure) => { error.textContent = failure.message || 'Sign-in failed.'; });
  });

  async function antiforgery() {
    const response = await fetch('/agent/api/antiforgery', { credentials: 'same-origin' });
    return response.json();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      const csrf = await antiforgery();
      const response = await fetch('/agent/api/session', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', [csrf.headerName]: csrf.token },
        body: JSON.stringify({ name: form.name.value, password: form.password.value }),
      });
      if (response.ok) {
        window.location.assign('/agent');
        return;
      }
      const problem = await response.json().catch(() => ({}));
      error.textContent = problem.title || 'Sign-in failed.';
    } catch {
      error.textContent = 'The console cannot be reached.';
    }
  });
}());
