#!/usr/bin/env bash
# Installs and starts what the tests need on Debian or Ubuntu, as root: Debian's Chromium (Playwright
# cannot download its own browser here), CUPS with two PDF queues, poppler to read PDFs back, fonts.
# CI runs this script; `npm test` runs it too when something is missing and it may (root on Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-system.sh: run as root (sudo bash scripts/setup-system.sh)" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-system.sh: needs apt-get (Debian or Ubuntu); elsewhere install Chromium, CUPS with cups-pdf, and poppler by hand" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# chromium: the browser the e2e tests drive; cups + cups-pdf: a real print queue; poppler-utils: read PDFs back;
# fonts: the printouts and screens in every offered language (DejaVu: Latin, Vietnamese; Noto core: Noto Sans
# Arabic for Arabic printouts, and Noto Sans); systemd: systemd-analyze checks the kiosk units in resources/deploy.
apt-get install -y -qq --no-install-recommends \
  chromium cups cups-bsd cups-client printer-driver-cups-pdf poppler-utils fonts-dejavu-core fonts-noto-core systemd >/dev/null

# Start cupsd and create the kiosk-receipt and kiosk-sheet queues (cups-pdf) and kiosk-pdf (PDF-native).
bash scripts/ci-cups.sh
