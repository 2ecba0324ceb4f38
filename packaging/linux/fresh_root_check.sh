#!/usr/bin/env bash
# Runs the unpacked release in a minimal root filesystem that holds only the C library and the
# Debian packages a desktop always has for Qt (OpenGL/EGL, X11's libxcb, Wayland's client
# libraries, fontconfig's settings and one font) -- what "a fresh machine" means for the bundle.
# Unlike `ldd`, this also catches libraries and data files loaded at run time (Qt plugins,
# Python extension modules, time-zone data, certificates, fonts).
#
#   sudo bash packaging/linux/fresh_root_check.sh UNPACKED_RELEASE_DIR [-- ARGS]   (default ARGS: --self-test)
#
# Needs root (chroot) and a Debian/Ubuntu build machine (the packages' files are found with dpkg).
set -euo pipefail
RELEASE=$(cd "$1" && pwd)
shift
[ "${1:-}" = "--" ] && shift
ARGS=("$@")
[ ${#ARGS[@]} -gt 0 ] || ARGS=(--self-test)

# The runtime packages a user's desktop has anyway; keep in step with packaging/README.md.
PACKAGES="libc6 libc-bin libgcc-s1 zlib1g libgl1 libglx0 libglvnd0 libegl1 libx11-6 libxcb1 libxau6 libxdmcp6 libbsd0 libmd0
libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig-config fonts-dejavu-core"

ROOT=$(mktemp -d "${TMPDIR:-/tmp}/crm-fresh-root.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
# Debian's merged /usr: /lib, /lib64, /bin are links into /usr; make them first so files land there.
for d in lib lib64 bin sbin; do
  if [ -L "/$d" ]; then
    target=$(readlink "/$d")
    mkdir -p "$ROOT/${target#/}"
    ln -s "$target" "$ROOT/$d"
  fi
done
for pkg in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || {
    echo "build machine lacks $pkg (apt-get install $pkg)" >&2; exit 2; }
  dpkg -L "$pkg" | while read -r f; do
    if { [ -f "$f" ] || [ -L "$f" ]; } && [ ! -d "$f" ]; then
      mkdir -p "$ROOT$(dirname "$f")"
      cp -a "$f" "$ROOT$f"
    fi
  done
done
mkdir -p "$ROOT/tmp" "$ROOT/home/user" "$ROOT/run/user" "$ROOT/dev" "$ROOT/opt"
chmod 1777 "$ROOT/tmp"
chmod 700 "$ROOT/run/user"
for dev in null zero urandom random; do cp -a "/dev/$dev" "$ROOT/dev/" 2>/dev/null || mknod -m 666 "$ROOT/dev/$dev" c 1 \
  "$(case $dev in null) echo 3;; zero) echo 5;; random) echo 8;; urandom) echo 9;; esac)"; done
cp -a "$RELEASE" "$ROOT/opt/crm-desktop"

echo "fresh root: $(du -sh --exclude=opt "$ROOT" | cut -f1) of system files from: $(echo $PACKAGES | tr '\n' ' ')"
# A bare environment; there is no shell or coreutils inside the root, only the program.
env -i HOME=/home/user PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/run/user \
  "$(command -v chroot)" "$ROOT" /opt/crm-desktop/crm-desktop "${ARGS[@]}"
