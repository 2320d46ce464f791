/** The dev provider's own pages (login, consent, sign-out), Vietnamese like the panel, no script. */

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:26rem;margin:4rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.3rem}label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a00}.muted{color:#555;font-size:.9rem}</style>
</head><body><p class="muted">Cổng định danh tỉnh (môi trường phát triển)</p>${body}</body></html>`;
}

export function loginPage(uid: string, clientName: string, error?: string, username = ''): string {
  return page(
    'Đăng nhập',
    `<h1>Đăng nhập vào ${escape(clientName)}</h1>
${error ? `<p class="error" role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login" autocomplete="off">
<label for="username">Tên đăng nhập</label><input id="username" name="username" value="${escape(username)}" required autofocus>
<label for="password">Mật khẩu</label><input id="password" name="password" type="password" required>
<button type="submit">Đăng nhập</button></form>`,
  );
}

export function consentPage(uid: string, clientName: string, scopes: string[]): string {
  return page(
    'Cho phép truy cập',
    `<h1>${escape(clientName)} xin quyền truy cập</h1>
<p>Ứng dụng sẽ nhận: ${scopes.map(escape).join(', ') || 'danh tính của bạn'}.</p>
<form method="post" action="/interaction/${escape(uid)}/confirm"><button type="submit">Cho phép</button></form>
<form method="post" action="/interaction/${escape(uid)}/abort"><button type="submit">Từ chối</button></form>`,
  );
}

/** RP-initiated logout: the provider asks before ending the session (OpenID RP-Initiated Logout 1.0). */
export function logoutPage(form: string): string {
  return page(
    'Đăng xuất',
    `<h1>Đăng xuất khỏi cổng định danh?</h1>${form.replace(
      '</form>',
      '<button type="submit" form="op.logoutForm" name="logout" value="yes">Đăng xuất</button></form>',
    )}`,
  );
}

export function loggedOutPage(): string {
  return page('Đã đăng xuất', '<h1>Bạn đã đăng xuất.</h1>');
}

export function errorPage(error: string, description?: string): string {
  return page(
    'Lỗi',
    `<h1>Không thực hiện được</h1><p class="error">${escape(error)}</p>${description ? `<p>${escape(description)}</p>` : ''}`,
  );
}
