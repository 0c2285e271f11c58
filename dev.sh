#!/usr/bin/env bash
# One entry point for people and CI:
#   ./dev.sh run     install what is missing, build, create the KJM demo register and its documents
#   ./dev.sh test    install what is missing, build, fuzz each harness for a minute (clang-14), run every test
#   ./dev.sh bench   install what is missing, build, run the benchmarks
#   ./dev.sh screenshots   build, then draw every page of the window into build/screenshots (under xvfb-run)
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages the build, the tests and the documents need.
PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-pdf-dev qt6-l10n-tools libqt6opengl6-dev
    libsqlcipher-dev sqlcipher libsodium-dev libzxcvbn-dev libqpdf-dev
    libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth poppler-utils qpdf fonts-dejavu-core
    zlib1g-dev libssl-dev unzip
    libpq-dev postgresql openssl
    clang-14 libclang-rt-14-dev
    dpkg-dev file debootstrap appstream desktop-file-utils
)

BUILD_DIR=build
FUZZ_DIR=build-fuzz
FUZZ_SECONDS=${ROPA_FUZZ_SECONDS:-60}
DEMO_PASSPHRASE=kjm-demo-passphrase

log() { printf '==> %s\n' "$*"; }

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        log "Not a Debian system: make sure these are installed: ${PACKAGES[*]}"
        return
    fi
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        if [ "$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null)" != "installed" ]; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return
    if [ "$(id -u)" -eq 0 ]; then
        log "Installing ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "These packages are missing. Install them, then run this command again:" >&2
        echo "  sudo apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
}

build() {
    local preset=default
    [ "${CI:-}" = "true" ] && preset=ci
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "Building"
    cmake --build "$BUILD_DIR" -j "$(nproc)"
}

run_demo() {
    local out="$BUILD_DIR/demo"
    if [ -z "${ROPA_PASSPHRASE:-}" ]; then
        export ROPA_PASSPHRASE="$DEMO_PASSPHRASE"
        log "ROPA_PASSPHRASE is not set; the demo register uses the passphrase: $DEMO_PASSPHRASE"
    fi
    log "Creating the KJM Group demo register in $out"
    "$BUILD_DIR/bin/ropa-cli" demo --out "$out" --force
    echo
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${CI:-}" != "true" ]; then
        log "Opening RoPA Manager on the demo register"
        "$BUILD_DIR/bin/ropa" --demo
    else
        echo "No display: the documents are in $out. On a desktop, $BUILD_DIR/bin/ropa --demo opens the window."
    fi
}

take_screenshots() {
    local out="$BUILD_DIR/screenshots"
    log "Drawing every page into $out"
    xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/bin/screenshots" "$out"
}

# True where clang-14 can build and link a libFuzzer harness (clang-14 and libclang-rt-14-dev are installed).
have_libfuzzer() {
    command -v clang++-14 >/dev/null 2>&1 || return 1
    mkdir -p "$FUZZ_DIR"
    printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' |
        clang++-14 -fsanitize=fuzzer -x c++ - -o "$FUZZ_DIR/libfuzzer-probe" >/dev/null 2>&1
}

# Builds the harnesses of tests/fuzz in their own clang tree and runs each for FUZZ_SECONDS on a scratch copy of its
# seed corpus, as many at once as there are cores. A crash fails the run; its input stays under $FUZZ_DIR/runs.
run_fuzzers() {
    if ! have_libfuzzer; then
        log "Fuzzing skipped: clang-14 with libFuzzer is not available (Debian: apt-get install clang-14 libclang-rt-14-dev)"
        return
    fi
    log "Building the fuzz harnesses (clang-14, ASan+UBSan) in $FUZZ_DIR"
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$(nproc)"
    log "Fuzzing each harness for ${FUZZ_SECONDS} s"
    local harnesses=("$FUZZ_DIR"/bin/fuzz_*) running=() failed=0 harness name
    for harness in "${harnesses[@]}"; do
        name=$(basename "$harness")
        name=${name#fuzz_}
        mkdir -p "$FUZZ_DIR/runs/$name"
        tests/fuzz/run-fuzzer.sh "$harness" "tests/fuzz/corpus/$name" "$FUZZ_DIR/runs/$name" "$FUZZ_SECONDS" \
            >"$FUZZ_DIR/runs/$name.summary" &
        running+=($!)
        if [ ${#running[@]} -ge "$(nproc)" ]; then
            wait "${running[0]}" || failed=1
            running=("${running[@]:1}")
        fi
    done
    for pid in "${running[@]}"; do
        wait "$pid" || failed=1
    done
    for harness in "${harnesses[@]}"; do
        name=$(basename "$harness")
        cat "$FUZZ_DIR/runs/${name#fuzz_}.summary"
    done
    if [ $failed -ne 0 ]; then
        echo "Fuzzing found a crash (above); the tests were not run." >&2
        exit 1
    fi
}

run_tests() {
    log "Running the tests"
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 600
}

run_benchmarks() {
    for bench in "$BUILD_DIR"/bin/bench_*; do
        log "$(basename "$bench")"
        "$bench"
    done
    log "register PDF against LibreOffice"
    tests/bench/compare-libreoffice.sh "$BUILD_DIR"
}

case "${1:-}" in
run) install_packages; build; run_demo ;;
test) install_packages; build; run_fuzzers; run_tests ;;
bench) install_packages; build; run_benchmarks ;;
screenshots) install_packages; build; take_screenshots ;;
*)
    echo "Usage: ./dev.sh run|test|bench|screenshots" >&2
    exit 2
    ;;
esac
