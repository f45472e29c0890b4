#!/usr/bin/env bash
# Sets up a Linux machine (Debian or Ubuntu, with the commons-kiosk .deb installed) as one device of a branch:
#
#   sudo bash install.sh host [--name NAME]... [--port PORT] [--second-screen] [--backup-dir DIR]
#   sudo bash install.sh client https://HOST:PORT [--fingerprint HEX]
#
# It installs cage, makes the `kiosk` user, writes /etc/commons-kiosk/kiosk.env, installs and enables the
# systemd unit that starts the kiosk full screen on tty1 at boot (and, on the host, the nightly backup and
# the firewall rule for the branch port). Reboot afterwards. Guide: docs/deploying-a-branch.md.
# ROOT=DIR writes every file under DIR instead and only prints the system commands (a dry run).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="${ROOT:-}"
usage() {
  echo "usage: install.sh host [--name NAME]... [--port PORT] [--second-screen] [--backup-dir DIR]" >&2
  echo "       install.sh client https://HOST:PORT [--fingerprint HEX]" >&2
  exit 2
}
fail() { echo "install.sh: $*" >&2; exit 1; }
# System changes happen only on the real machine; a dry run says what it would do.
run() { if [ -n "$root" ]; then echo "would run: $*"; else "$@"; fi; }

role="${1:-}"; shift || true
names=(); port=5781; second_screen=0; backup_dir=""; connect=""; fingerprint=""
case "$role" in
  host)
    while [ $# -gt 0 ]; do
      case "$1" in
        --name) [ $# -ge 2 ] || usage; names+=("$2"); shift 2 ;;
        --port) [ $# -ge 2 ] || usage; port="$2"; shift 2 ;;
        --second-screen) second_screen=1; shift ;;
        --backup-dir) [ $# -ge 2 ] || usage; backup_dir="$2"; shift 2 ;;
        *) usage ;;
      esac
    done
    [[ "$port" =~ ^[0-9]{1,5}$ ]] && [ "$port" -ge 1 ] && [ "$port" -le 65535 ] || fail "--port takes a number from 1 to 65535, not \"$port\""
    for n in "${names[@]}"; do [[ "$n" =~ ^[A-Za-z0-9][A-Za-z0-9.:-]*$ ]] || fail "--name takes a host name or an address, not \"$n\""; done
    if [ -n "$backup_dir" ]; then [[ "$backup_dir" = /* && "$backup_dir" != *[[:space:]\"\\]* ]] || fail "--backup-dir takes an absolute path without spaces, not \"$backup_dir\""; fi
    args="--listen 0.0.0.0:$port"
    for n in "${names[@]}"; do args+=" --name $n"; done
    [ "$second_screen" -eq 1 ] && args+=" --second-screen"
    unit=commons-kiosk-host.service
    ;;
  client)
    connect="${1:-}"; shift || true
    [[ "$connect" =~ ^https://[A-Za-z0-9.-]+(:[0-9]{1,5})?/?$ || "$connect" =~ ^https://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?/?$ ]] || fail "a client needs the branch host's address, for example https://lobby-kiosk.local:5781, not \"$connect\""
    while [ $# -gt 0 ]; do
      case "$1" in
        --fingerprint) [ $# -ge 2 ] || usage; fingerprint="$(printf '%s' "$2" | tr -d ' :' | tr 'A-F' 'a-f')"; shift 2 ;;
        *) usage ;;
      esac
    done
    if [ -n "$fingerprint" ]; then [[ "$fingerprint" =~ ^[0-9a-f]{64}$ ]] || fail "--fingerprint takes the 64 hex digits the host's Devices screen shows"; fi
    args="--connect ${connect%/}"
    [ -n "$fingerprint" ] && args+=" --fingerprint $fingerprint"
    unit=commons-kiosk-client.service
    ;;
  *) usage ;;
esac

if [ -z "$root" ]; then
  [ "$(id -u)" -eq 0 ] || fail "run as root (sudo bash install.sh ...)"
  command -v apt-get >/dev/null 2>&1 || fail "needs apt-get (Debian or Ubuntu); elsewhere follow the guide by hand"
  command -v commons-kiosk >/dev/null 2>&1 || fail "install the Commons Kiosk .deb first (sudo apt install ./commons-kiosk_*.deb)"
fi

run apt-get install -y --no-install-recommends cage
if ! id kiosk >/dev/null 2>&1; then
  # No password: nobody logs in as kiosk; systemd starts its session.
  run useradd --create-home --shell /bin/bash --comment "Commons Kiosk" kiosk
fi

install -d -m 0755 "$root/etc/commons-kiosk" "$root/etc/systemd/system"
printf '# Written by install.sh (%s): the options Commons Kiosk starts with on this device.\nKIOSK_ARGS="%s"\n' "$role" "$args" >"$root/etc/commons-kiosk/kiosk.env"
chmod 0644 "$root/etc/commons-kiosk/kiosk.env"
install -m 0644 "$here/$unit" "$root/etc/systemd/system/$unit"

if [ "$role" = host ]; then
  install -d -m 0755 "$root/usr/local/lib/commons-kiosk"
  install -m 0755 "$here/backup.sh" "$root/usr/local/lib/commons-kiosk/backup.sh"
  install -m 0644 "$here/commons-kiosk-backup.service" "$here/commons-kiosk-backup.timer" "$root/etc/systemd/system/"
  if [ -n "$backup_dir" ]; then
    printf '# Where commons-kiosk-backup.service copies the newest snapshot each night (a drive or share the kiosk user may write).\nBACKUP_DIR=%s\nBACKUP_DAYS=14\n' "$backup_dir" >"$root/etc/commons-kiosk/backup.env"
    chmod 0644 "$root/etc/commons-kiosk/backup.env"
  fi
fi

run systemctl daemon-reload
run systemctl enable "$unit"
run systemctl set-default graphical.target
if [ "$role" = host ]; then
  if [ -n "$backup_dir" ]; then run systemctl enable commons-kiosk-backup.timer; fi
  if command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active'; then
    run ufw allow "$port/tcp" comment 'Commons Kiosk branch devices'
  else
    echo "Firewall: let the branch's devices reach TCP port $port on this machine (ufw is not active here)."
  fi
fi

echo "Commons Kiosk set up as the branch $role: reboot to start it ($unit, options in /etc/commons-kiosk/kiosk.env)."
