#!/usr/bin/env bash
# The register PDF against the user's alternative, side by side on the same rows in one run: the ICO template
# as CSV turned into PDF by LibreOffice headless, and `ropa-cli export --format pdf`.
#
#   tests/bench/compare-libreoffice.sh [BUILD_DIR] [N ...]      (default: build 1000 10000)
#
# For each N it makes a synthetic register (generate-register), imports it into an encrypted register in a
# private temporary folder, and reports wall time, peak memory and pages of both. Exits 0 with a message when
# LibreOffice or GNU time is missing.
set -euo pipefail

build=${1:-build}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000)

soffice=$(command -v soffice || command -v libreoffice || true)
if [[ -z $soffice ]]; then
    echo "compare-libreoffice: LibreOffice is not installed (Debian: libreoffice-calc-nogui); skipped."
    exit 0
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "compare-libreoffice: GNU time is not installed (Debian: time); skipped."
    exit 0
fi
bin=$(cd "$build/bin" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
export ROPA_PASSPHRASE='benchmark register passphrase, not a secret'
export QT_QPA_PLATFORM=offscreen

# "seconds peak-MiB" of one command.
measure() {
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || {
        cat "$work/stderr" >&2
        return 1
    }
    read -r seconds kib <"$work/time"
    echo "$seconds $((kib / 1024))"
}

pages() { pdfinfo "$1" | awk '/^Pages:/ { print $2 }'; }

# LibreOffice's first start sets up its profile: do it once, outside the measurements.
printf 'a,b\n1,2\n' >"$work/warm.csv"
"$soffice" -env:UserInstallation="file://$work/lo-profile" --headless --convert-to pdf --outdir "$work" \
    "$work/warm.csv" >/dev/null 2>&1

printf '%-10s | %-22s | %-22s | %-8s | %-8s\n' activities "ropa-cli s / MiB / pages" \
    "LibreOffice s / MiB / pages" ratio
for n in "${sizes[@]}"; do
    json="$work/r$n.ropa.json"
    "$bin/generate-register" --activities "$n" -o "$json"
    "$bin/ropa-cli" import "$work/r$n.ropa" "$json" >/dev/null
    "$bin/ropa-cli" export "$work/r$n.ropa" --format csv -o "$work/r$n.csv"
    read -r ours ours_mib < <(measure "$bin/ropa-cli" export "$work/r$n.ropa" --format pdf -o "$work/r$n.pdf")
    read -r theirs theirs_mib < <(measure "$soffice" -env:UserInstallation="file://$work/lo-profile" --headless \
        --convert-to pdf --outdir "$work/lo" "$work/r$n.csv")
    ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')
    printf '%-10s | %6s / %5s / %6s | %6s / %5s / %6s | %s\n' "$n" "$ours" "$ours_mib" "$(pages "$work/r$n.pdf")" \
        "$theirs" "$theirs_mib" "$(pages "$work/lo/r$n.pdf")" "$ratio"
    rm -f "$work/r$n".* "$work/lo/r$n.pdf"
done
