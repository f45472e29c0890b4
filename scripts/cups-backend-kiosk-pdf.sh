#!/bin/sh
# A CUPS backend for the tests' PDF-native queue `kiosk-pdf` (scripts/ci-cups.sh): like a printer that
# takes PDF itself (IPP Everywhere), it gets the kiosk's PDF unchanged and writes it to the folder of its
# device URI (kiosk-pdf:/root/PDF) as <job title>-job_<id>.pdf. cups-pdf, by contrast, re-renders jobs
# through PostScript, and the text of non-Latin scripts (Arabic, Vietnamese letters) is lost on the way.
# CUPS calls a backend with no arguments to list devices, else: job-id user title copies options [file].
if [ "$#" -eq 0 ]; then
  echo 'direct kiosk-pdf "Unknown" "Kiosk PDF folder (tests)"'
  exit 0
fi
dir="${DEVICE_URI#kiosk-pdf:}"
title="$(printf '%s' "$3" | tr -c 'A-Za-z0-9._-' '_')"
mkdir -p "$dir"
tmp="$dir/.$title-job_$1.pdf.part"
if [ -n "$6" ]; then cat "$6" > "$tmp"; else cat > "$tmp"; fi
# Renamed when complete, so a reader never sees half a file.
mv "$tmp" "$dir/$title-job_$1.pdf"
echo "INFO: written $dir/$title-job_$1.pdf" >&2
exit 0
