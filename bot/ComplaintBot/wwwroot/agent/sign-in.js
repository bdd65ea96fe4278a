'use strict';

// Signs an agent in: fetch an antiforgery token, post name and password with it, then open the console.
(function () {
  const form = document.getElementById('sign-in-form');
  const error = document.getElementById('sign-in-error');

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
