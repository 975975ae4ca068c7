// Runs inside the preview webview (under a nonce-based CSP). Receives rendered HTML and the mode and lock it
// shows, keeps the scroll position across updates, scrolls to the editor's line, and asks the editor to reveal a double-clicked line.
(function () {
  const vscode = acquireVsCodeApi();
  const content = document.getElementById('content');
  const toggle = document.getElementById('toggle');
  const modeLabel = document.getElementById('mode');
  const lockLabel = document.getElementById('lock');

  function blocks() {
    return Array.from(content.querySelectorAll('[data-line]'));
  }

  function scrollToLine(line) {
    let best;
    for (const element of blocks()) {
      if (Number(element.dataset.line) <= line) best = element;
      else break;
    }
    if (best) best.scrollIntoView({ block: 'start' });
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'render') {
      const scroll = window.scrollY;
      content.innerHTML = message.html; // sanitised by the language server (rehype-sanitize allow-list)
      document.body.classList.toggle('published', message.mode === 'published');
      document.body.classList.toggle('page-style', message.pageStyle); // nota.preview.style, also after it changes
      toggle.textContent = message.toggleLabel;
      modeLabel.textContent = message.modeLabel;
      lockLabel.textContent = message.lockLabel ? '\u{1F512} ' + message.lockLabel : '';
      window.scrollTo(0, scroll);
    } else if (message.type === 'scrollTo') {
      scrollToLine(message.line);
    }
  });

  document.addEventListener('dblclick', (event) => {
    const element = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (element) vscode.postMessage({ type: 'reveal', line: Number(element.dataset.line) });
  });

  toggle.addEventListener('click', () => vscode.postMessage({ type: 'toggleMode' }));
  vscode.postMessage({ type: 'ready' });
})();
