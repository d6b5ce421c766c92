#!/usr/bin/env bash
# LibreOffice Writer opens the reviewed .docx files and makes the PDFs of
# test/documents-libreoffice.test.ts; qpdf encrypts a PDF for the password test.
set -euo pipefail
if command -v soffice >/dev/null 2>&1 && command -v qpdf >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends libreoffice-writer qpdf fonts-dejavu-core
