#!/bin/sh
# Sets up a real CUPS with PDF-backed queues for the printing tests. Idempotent; run as root.
# Packages (installed by .ci/run): cups cups-bsd cups-client printer-driver-cups-pdf poppler-utils.
# Output: cups-pdf writes each job as a PDF into `Out` of /etc/cups/cups-pdf.conf, by default
# ${HOME}/PDF of the submitting user (/root/PDF under CI). Jobs from the kiosk carry the title
# `kiosk-<jobId>`, so its file in <Out> starts with kiosk-<jobId> (cups-pdf adds a -job_N suffix).
set -eu

QUEUES="kiosk-receipt kiosk-sheet"

if [ "$(id -u)" -ne 0 ]; then
  echo "ci-cups.sh: run as root" >&2
  exit 1
fi

PPD=""
for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF.ppd; do
  if [ -f "$candidate" ]; then PPD="$candidate"; break; fi
done
if [ -z "$PPD" ]; then
  echo "ci-cups.sh: no cups-pdf PPD found (is printer-driver-cups-pdf installed?)" >&2
  exit 1
fi
# lpadmin -m wants the model name relative to the PPD folders.
MODEL="lsb/usr/cups-pdf/$(basename "$PPD")"

running() { lpstat -r 2>/dev/null | grep -q 'scheduler is running'; }

if ! running; then
  mkdir -p /run/cups /var/spool/cups /var/log/cups
  cupsd
fi

i=0
until running; do
  i=$((i + 1))
  if [ "$i" -gt 50 ]; then
    echo "ci-cups.sh: cupsd did not start" >&2
    exit 1
  fi
  sleep 0.2
done

for q in $QUEUES; do
  if ! lpstat -p "$q" >/dev/null 2>&1; then
    lpadmin -p "$q" -E -v cups-pdf:/ -m "$MODEL" || lpadmin -p "$q" -E -v cups-pdf:/ -P "$PPD"
  fi
  # cups-pdf re-renders through PostScript; poppler's cairo renderer keeps the text extractable
  # (pdftotext), which the default path loses.
  lpadmin -p "$q" -o pdftops-renderer-default=pdftocairo
  # A previous fault test may have left the queue stopped.
  cupsenable "$q"
  cupsaccept "$q"
done

# kiosk-pdf: a PDF-native printer for printouts in any script. CUPS passes the kiosk's PDF to the backend
# unchanged (a raw queue), which writes it next to cups-pdf's files, so pdftotext reads Arabic and Vietnamese.
install -m 0700 "$(dirname "$0")/cups-backend-kiosk-pdf.sh" /usr/lib/cups/backend/kiosk-pdf
if ! lpstat -p kiosk-pdf >/dev/null 2>&1; then
  lpadmin -p kiosk-pdf -E -v kiosk-pdf:/root/PDF -m raw 2>/dev/null || lpadmin -p kiosk-pdf -E -v kiosk-pdf:/root/PDF
fi
cupsenable kiosk-pdf
cupsaccept kiosk-pdf

OUT="$(sed -n 's/^Out[[:space:]]\{1,\}//p' /etc/cups/cups-pdf.conf | tail -n 1)"
echo "cups ready: queues $QUEUES kiosk-pdf; cups-pdf Out: $OUT (for root: /root/PDF)"
lpstat -e
