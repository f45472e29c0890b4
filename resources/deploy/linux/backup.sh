#!/usr/bin/env bash
# Copies the newest daily snapshot of the Commons Kiosk data directory into BACKUP_DIR/YYYY-MM-DD and
# drops copies older than BACKUP_DAYS (default 14: backups hold patrons' data too, so not forever).
# Run by commons-kiosk-backup.service; by hand: KIOSK_DATA_DIR=... BACKUP_DIR=... backup.sh
# Restore: stop the app, copy one backup folder's contents into an empty data directory, put the key
# file (kept apart, never here) back as secret.key, start the app.
set -euo pipefail
umask 077

data="${KIOSK_DATA_DIR:?KIOSK_DATA_DIR must name the data directory}"
dest="${BACKUP_DIR:?BACKUP_DIR must name the backup folder (in /etc/commons-kiosk/backup.env)}"
keep="${BACKUP_DAYS:-14}"

if [ ! -d "$dest" ]; then
  echo "backup.sh: the backup folder $dest does not exist (is the drive mounted?)" >&2
  exit 1
fi
newest=""
if [ -d "$data/snapshots" ]; then
  newest="$(find "$data/snapshots" -mindepth 1 -maxdepth 1 -type d -regextype posix-extended -regex '.*/[0-9]{4}-[0-9]{2}-[0-9]{2}' -printf '%f\n' | sort | tail -n 1)"
fi
if [ -z "$newest" ]; then
  echo "backup.sh: no snapshot yet in $data/snapshots (the app takes one at start and once a day)" >&2
  exit 1
fi

if [ -d "$dest/$newest" ]; then
  echo "backup.sh: $dest/$newest is already there"
else
  # A half-made copy never looks like a backup: copy under another name, then rename.
  partial="$dest/.$newest.partial"
  rm -rf "$partial"
  cp -a "$data/snapshots/$newest" "$partial"
  sync "$partial" 2>/dev/null || sync
  mv "$partial" "$dest/$newest"
  echo "backup.sh: copied snapshot $newest to $dest/$newest"
fi

cutoff="$(date -d "-$keep days" +%F)"
for dir in "$dest"/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]; do
  [ -d "$dir" ] || continue
  if [[ "$(basename "$dir")" < "$cutoff" ]]; then rm -rf "$dir"; echo "backup.sh: removed $(basename "$dir") (older than $keep days)"; fi
done

if [ -e "$dest/secret.key" ]; then
  echo "backup.sh: warning: $dest/secret.key sits next to the backups; keep the key file somewhere else" >&2
fi
