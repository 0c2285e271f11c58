#!/usr/bin/env bash
# Installs the .deb into a bare Debian 12 and uses it there, so the package's own Depends are shown to be enough:
#   packaging/tests/deb-install-test.sh BUILD_DIR VERSION
# It builds the package from BUILD_DIR (cpack; the build itself must be done), makes a minimal Debian 12 with
# debootstrap, installs the package with `apt-get install --no-install-recommends ./ropa-manager_*.deb` (so a need
# met only by a Recommends fails too), then, as an unprivileged user, writes the demo documents with ropa-cli
# and asks ropa for its version.
# Needs root (debootstrap, chroot, mount) and the network. Exits 77, which ctest reports as skipped, without root.
# The bare system is made once and kept in ROPA_DEB_TEST_CACHE (default ${TMPDIR:-/tmp}/ropa-deb-test), with the
# packages apt downloads; every run starts from a fresh copy of it, which is removed afterwards.
set -euo pipefail

build_dir=$(cd "${1:?usage: deb-install-test.sh BUILD_DIR VERSION}" && pwd)
version=${2:?usage: deb-install-test.sh BUILD_DIR VERSION}
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '==> %s (%d s)\n' "$1" "$SECONDS"; }

[ "$(id -u)" -eq 0 ] || skip "installing the .deb into a fresh Debian needs root (debootstrap, chroot, mount); run the test as root"
command -v apt-get >/dev/null || skip "not a Debian system (no apt-get)"
if ! command -v debootstrap >/dev/null; then
    step "Installing debootstrap"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; } ||
        fail "debootstrap is missing and could not be installed with apt-get"
fi

cache=${ROPA_DEB_TEST_CACHE:-${TMPDIR:-/tmp}/ropa-deb-test}
base=$cache/bookworm-minbase
archives=$cache/archives
mkdir -p "$cache" "$archives"

# The package, made afresh from what the build installs.
step "Building the package"
out=$build_dir/packaging/deb-test
rm -rf "$out"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out" >"$out.cpack.log" 2>&1 ||
    { tail -n 20 "$out.cpack.log" >&2; fail "cpack could not build the .deb (log: $out.cpack.log)"; }
debs=("$out"/ropa-manager_*.deb)
[ -f "${debs[0]}" ] || fail "cpack wrote no ropa-manager_*.deb into $out"
deb=${debs[0]}

# The bare system, made once; a lock keeps two runs at once from making it both.
exec 9>"$cache/lock"
flock 9
if [ ! -f "$base/.complete" ]; then
    step "Making a minimal Debian 12 with debootstrap (once, kept in $base)"
    rm -rf "$base"
    debootstrap --variant=minbase bookworm "$base" >"$cache/debootstrap.log" 2>&1 ||
        { tail -n 20 "$cache/debootstrap.log" >&2; fail "debootstrap failed (log: $cache/debootstrap.log)"; }
    rm -f "$base"/var/cache/apt/archives/*.deb
    touch "$base/.complete"
fi

root=$(mktemp -d "$cache/root.XXXXXX")
cleanup() {
    for m in proc; do
        if mountpoint -q "$root/$m"; then umount -l "$root/$m"; fi
    done
    # Kept: what apt downloaded, for the next run.
    find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec mv -f {} "$archives/" \; 2>/dev/null || true
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step "Copying the minimal system"
cp -a "$base/." "$root/"
flock -u 9
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The host's package sources, in place of debootstrap's own (where the host has any), so apt uses the same mirror.
sources=$(find /etc/apt/sources.list /etc/apt/sources.list.d -maxdepth 1 -type f \( -name '*.list' -o -name '*.sources' \) 2>/dev/null || true)
if [ -n "$sources" ]; then
    rm -f "$root/etc/apt/sources.list"
    while IFS= read -r f; do
        case $f in /etc/apt/sources.list) cp "$f" "$root/etc/apt/" ;; *) cp "$f" "$root/etc/apt/sources.list.d/" ;; esac
    done <<<"$sources"
fi
find "$archives" -maxdepth 1 -name '*.deb' -exec cp -l {} "$root/var/cache/apt/archives/" \; 2>/dev/null ||
    find "$archives" -maxdepth 1 -name '*.deb' -exec cp {} "$root/var/cache/apt/archives/" \;
# ropa-cli needs /proc to write its files. Mounting it needs CAP_SYS_ADMIN, which root in a container may lack.
mount -t proc proc "$root/proc" 2>/dev/null ||
    skip "cannot mount /proc in the fresh Debian (root without CAP_SYS_ADMIN, as in an unprivileged container)"
cp "$deb" "$root/tmp/"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 "$@"; }
# An unprivileged user with a home of its own, as a person would run the programs.
as_user() { in_root setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=/tmp/home "$@"; }

step "Installing $(basename "$deb") with apt-get, without Recommends"
in_root apt-get update -qq >"$out.apt.log" 2>&1 || { cat "$out.apt.log" >&2; fail "apt-get update failed in the fresh Debian"; }
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" \
    >>"$out.apt.log" 2>&1 || { tail -n 30 "$out.apt.log" >&2; fail "apt-get could not install the package (log: $out.apt.log)"; }

step "Checking what was installed"
for f in /usr/bin/ropa /usr/bin/ropa-cli /usr/share/applications/org.ropamanager.RopaManager.desktop \
    /usr/share/metainfo/org.ropamanager.RopaManager.metainfo.xml \
    /usr/share/mime/packages/org.ropamanager.RopaManager.xml \
    /usr/share/icons/hicolor/scalable/apps/org.ropamanager.RopaManager.svg \
    /usr/share/icons/hicolor/48x48/apps/org.ropamanager.RopaManager.png /usr/share/man/man1/ropa-cli.1.gz; do
    [ -f "$root$f" ] || fail "the package did not install $f"
done
# The plugins Qt loads at run time, which no linker sees: the window (xcb), the command line's documents
# (offscreen) and every icon (SVG icon engine). Each must be there, with every library it needs.
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
for p in platforms/libqxcb.so platforms/libqoffscreen.so iconengines/libqsvgicon.so imageformats/libqsvg.so; do
    [ -f "$root$plugins/$p" ] || fail "the Qt plugin $p is missing: a package that holds it is not in Depends"
    missing=$(in_root ldd "$plugins/$p" | grep 'not found' || true)
    [ -z "$missing" ] || fail "the Qt plugin $p lacks libraries: $missing"
done
for exe in /usr/bin/ropa /usr/bin/ropa-cli; do
    missing=$(in_root ldd "$exe" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$exe lacks libraries: $missing"
done

# A desktop has these two; their triggers read the package's file types and desktop entry, which is what makes a
# double-click on a register open it in ropa.
step "Registering the file types as a desktop would"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends shared-mime-info \
    desktop-file-utils >>"$out.apt.log" 2>&1 || { tail -n 30 "$out.apt.log" >&2; fail "apt-get could not install shared-mime-info"; }
grep -qx 'application/x-ropa-register:\*\.ropa' "$root/usr/share/mime/globs" ||
    fail "the MIME database does not know .ropa files as application/x-ropa-register"
grep -qx 'application/x-ropa-register+json:\*\.ropa\.json' "$root/usr/share/mime/globs" ||
    fail "the MIME database does not know .ropa.json files"
grep -q '^application/x-ropa-register=.*org\.ropamanager\.RopaManager\.desktop' \
    "$root/usr/share/applications/mimeinfo.cache" || fail "no desktop entry opens application/x-ropa-register"

step "ropa-cli demo"
in_root mkdir -p -m 1777 /tmp/home
as_user env ROPA_PASSPHRASE=deb-install-test ropa-cli demo --out /tmp/home/demo >"$out.demo.log" 2>&1 ||
    { cat "$out.demo.log" >&2; fail "ropa-cli demo failed in the fresh Debian"; }
for pdf in article-30-register.pdf lawful-basis-matrix.pdf privacy-notice.pdf; do
    file=$root/tmp/home/demo/$pdf
    [ -s "$file" ] || fail "ropa-cli demo did not write $pdf"
    [ "$(head -c 5 "$file")" = "%PDF-" ] || fail "$pdf is not a PDF"
    # The documents are set in DejaVu Sans (models/report/PdfComposer.cpp): where it is missing, fontconfig puts
    # another font in its place, or none at all on a system without fonts, and the PDF has no text.
    grep -aq '/BaseFont */DejaVuSans' "$file" ||
        fail "$pdf is not set in DejaVu Sans: the package should depend on the font package that has it"
done

step "ropa --version"
shown=$(as_user env QT_QPA_PLATFORM=offscreen ropa --version 2>&1) || fail "ropa --version failed: $shown"
[ "$shown" = "RoPA Manager $version" ] || fail "ropa --version printed '$shown', not 'RoPA Manager $version'"
shown=$(as_user ropa-cli --version 2>&1) || fail "ropa-cli --version failed: $shown"
case $shown in "ropa-cli $version "*) ;; *) fail "ropa-cli --version printed '$shown'" ;; esac

step "Passed: the package installs on a bare Debian 12 and its programs run there"
