;;; probe.el --- drive the Nota language server from Emacs 28 + eglot 1.9 (Debian elpa-eglot)  -*- lexical-binding: t -*-
;; Usage: NOTA_SERVER_CMD='node /abs/dist/server.js --stdio' NOTA_FIXTURES=/abs/dir \
;;        emacs --batch -l test/e2e/emacs/probe.el
;; Without -Q: Debian's site-start puts elpa-eglot on the load-path.
;; Prints TAP-style lines ("ok N - ..." / "not ok N - ...") and exits 0 only when every check passed.
(package-initialize)
(require 'eglot)
(require 'cl-lib)
(require 'json)

(defvar nota-probe-count 0)
(defvar nota-probe-failed 0)
(defvar nota-probe-published (make-hash-table :test #'equal)
  "File name (true name) -> vector of diagnostics (plists) from the last publishDiagnostics.")
(defvar nota-probe-timeout (string-to-number (or (getenv "NOTA_PROBE_TIMEOUT_MS") "20000")))

(defun nota-probe-out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))

(defun nota-probe-check (ok desc &optional detail)
  (cl-incf nota-probe-count)
  (if ok
      (nota-probe-out "ok %d - %s" nota-probe-count desc)
    (cl-incf nota-probe-failed)
    (nota-probe-out "not ok %d - %s%s" nota-probe-count desc (if detail (concat "  # " detail) ""))))

(defun nota-probe-server-alive ()
  "Non-nil while a language server process is running (stop waiting once it died)."
  (cl-loop for servers being the hash-values of eglot--servers-by-project
           thereis (cl-some #'jsonrpc-running-p servers)))

(defun nota-probe-wait (pred)
  "Wait until PRED returns non-nil, at most `nota-probe-timeout' ms; return its value."
  (let ((deadline (+ (float-time) (/ nota-probe-timeout 1000.0))) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) deadline)
                (nota-probe-server-alive))
      (accept-process-output nil 0.05))
    v))

(define-derived-mode nota-mode text-mode "Nota")   ; languageId "nota"
(add-to-list 'auto-mode-alist '("\\.nota\\.md\\'" . nota-mode))
(add-to-list 'eglot-server-programs
             (cons 'nota-mode (split-string (or (getenv "NOTA_SERVER_CMD") (error "NOTA_SERVER_CMD not set")))))

(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (let ((file (file-truename (eglot--uri-to-path uri))))
    (nota-probe-out "# publishDiagnostics %s: %d diagnostic(s)" (file-name-nondirectory file) (length diagnostics))
    (puthash file diagnostics nota-probe-published)))

(defun nota-probe-code (d)
  (let ((c (plist-get d :code)))
    (if (and (consp c) (plist-member c :value)) (plist-get c :value) c)))

(defun nota-probe-diags (file) (gethash (file-truename file) nota-probe-published))

(let* ((dir (file-name-as-directory (or (getenv "NOTA_FIXTURES") (error "NOTA_FIXTURES not set"))))
       (seed (expand-file-name "seed000.nota.md" dir))
       (kern (expand-file-name "missing-kern.nota.md" dir))
       server)
  (nota-probe-out "# emacs %s, eglot %s" emacs-version (if (boundp 'eglot-version) eglot-version "1.9"))
  ;; 1. a real nota (corpus seed 000)
  (find-file seed)
  (nota-probe-check (eq major-mode 'nota-mode) "seed000.nota.md opens in nota-mode")
  (condition-case err
      (progn (apply #'eglot (eglot--guess-contact)) (setq server (eglot-current-server)))
    (error (nota-probe-out "# eglot failed: %S" err)))
  (nota-probe-check server "eglot connects to the language server")
  (nota-probe-check (nota-probe-wait (lambda () (nota-probe-diags seed))) "diagnostics arrive for seed000.nota.md")
  ;; 2. a nota without Kern: eglot attaches the new buffer to the running server by itself
  (find-file kern)
  (unless (eglot-current-server) (eglot-ensure))
  (let* ((missing (nota-probe-wait
                   (lambda () (cl-find-if (lambda (d) (equal (nota-probe-code d) "section-missing"))
                                          (nota-probe-diags kern)))))
         actions)
    (nota-probe-check missing "missing-kern.nota.md gets a section-missing diagnostic"
                      (format "got %s" (json-encode (or (nota-probe-diags kern) []))))
    (nota-probe-check (and missing (eql (plist-get missing :severity) 1)) "section-missing has severity Error (1)")
    ;; 3. a code action for it
    (when (and missing server)
      (condition-case err
          (setq actions (jsonrpc-request server :textDocument/codeAction
                                         (list :textDocument (eglot--TextDocumentIdentifier)
                                               :range (plist-get missing :range)
                                               :context (list :diagnostics (vector missing)
                                                              :only ["quickfix"]))
                                         :timeout (/ nota-probe-timeout 1000.0)))
        (error (nota-probe-out "# codeAction failed: %S" err))))
    (nota-probe-out "# code actions: %s" (json-encode (mapcar (lambda (a) (plist-get a :title)) actions)))
    (nota-probe-check (>= (length actions) 1) "a quick fix arrives for section-missing")
    (nota-probe-check (cl-some (lambda (a) (plist-get a :edit)) actions) "the quick fix carries a workspace edit"))
  (unless (zerop nota-probe-failed)
    ;; the server's stderr (eglot keeps it in a buffer of its own)
    (dolist (b (buffer-list))
      (when (string-match-p "EGLOT.*stderr" (buffer-name b))
        (with-current-buffer b
          (nota-probe-out "# %s (last 3000 chars):" (buffer-name b))
          (nota-probe-out "%s" (replace-regexp-in-string
                               "^" "#   " (buffer-substring-no-properties (max (point-min) (- (point-max) 3000)) (point-max))))))))
  (when server (ignore-errors (eglot-shutdown server)))
  (nota-probe-out "# %d passed, %d failed" (- nota-probe-count nota-probe-failed) nota-probe-failed)
  (kill-emacs (if (zerop nota-probe-failed) 0 1)))
