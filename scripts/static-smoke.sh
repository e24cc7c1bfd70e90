#!/usr/bin/env bash
# Proves that a release `duban` built with `swift build -c release --static-swift-stdlib` runs on
# a minimal Debian (bookworm, debootstrap --variant=minbase) that has no Swift installed, plus
# the one package the README says a server needs: libxml2 (the .docx/.xlsx readers use
# Foundation's XML parser, which links it; it brings libicu72).
#
#   scripts/static-smoke.sh [--fresh] [--root DIR] [--no-proc] [--bind-dev] [BINARY]
#
# BINARY defaults to .build/release/duban. Run as root (debootstrap, chroot, mount).
#   --fresh     rebuild the cached root (default .build-rootfs/bookworm-minbase-libxml2, gitignored)
#   --root DIR  use DIR for the root instead
#   --no-proc   do not mount /proc inside the root. It is mounted by default: every real system
#               has it, and a static-stdlib binary reads its arguments from /proc/self/cmdline
#               (without it `duban serve ...` sees no arguments, prints the help and exits 0)
#   --bind-dev  bind-mount the host's /dev (not needed: debootstrap's null/zero/urandom suffice)
# Steps: installs debootstrap if missing; builds the root once (minbase and libxml2, nothing
# else: the point is to see what the binary needs) from the mirror apt already uses; prints `ldd BINARY` and which
# of those libraries the root lacks; copies the binary and Samples/ in; checks that the root has
# no Swift runtime; runs `duban serve --demo` inside with chroot, waits for /healthz, logs in as
# the demo supervisor from the host and checks that GET / shows 钟楼区督查室. Prints PASS or FAIL;
# exits 0 on PASS, 1 on FAIL, 2 on a usage or set-up error.
set -euo pipefail
caller="$PWD"
cd "$(dirname "$0")/.."
repo="$PWD"

fresh=0
proc=1
binddev=0
root=".build-rootfs/bookworm-minbase-libxml2"
binary=""
while [ $# -gt 0 ]; do
    case "$1" in
        --fresh) fresh=1 ;;
        --no-proc) proc=0 ;;
        --bind-dev) binddev=1 ;;
        --root) root="$2"; shift ;;
        -h|--help) sed -n 2,19p "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) case "$1" in /*) binary="$1" ;; *) binary="$caller/$1" ;; esac ;;
    esac
    shift
done
binary="${binary:-.build/release/duban}"
[ -x "$binary" ] || { echo "no executable at $binary (swift build -c release --static-swift-stdlib)" >&2; exit 2; }
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap, chroot and mount need it)" >&2; exit 2; }
case "$root" in /*) ;; *) root="$repo/$root" ;; esac

chroot_bin="$(command -v chroot)"
step() { printf '\n=== %s\n' "$*"; }
fail() { printf '\nFAIL: %s\n' "$*"; exit 1; }

# --- 1. debootstrap ---------------------------------------------------------------------------
if ! command -v debootstrap >/dev/null 2>&1; then
    step "installing debootstrap"
    apt-get install -y debootstrap || { apt-get update && apt-get install -y debootstrap; }
fi

# The mirror apt already uses for bookworm (deb822 .sources first, then one-line .list files).
mirror_url() {
    local f url=""
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        url="$(awk '
            function flush() { if (deb && suite && uri != "" && out == "") out = uri; deb = 0; suite = 0; uri = "" }
            /^[ \t]*$/ { flush(); next }
            /^[ \t]*#/ { next }
            tolower($1) == "types:"  { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
            tolower($1) == "suites:" { for (i = 2; i <= NF; i++) if ($i == "bookworm") suite = 1 }
            tolower($1) == "uris:"   { uri = $2 }
            END { flush(); print out }' "$f")"
        [ -n "$url" ] && { echo "$url"; return; }
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        url="$(sed -e 's/\[[^]]*\]//' "$f" | awk '$1 == "deb" && $3 == "bookworm" { print $2; exit }')"
        [ -n "$url" ] && { echo "$url"; return; }
    done
    echo "http://deb.debian.org/debian"
}

# --- cleanup: the server process and any mounts, whatever happens --------------------------------
server_pid=""
mounted=()
work="$(mktemp -d /tmp/duban-static-smoke.XXXXXX)"
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 20); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    local i
    for (( i=${#mounted[@]}-1; i>=0; i-- )); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

has_mounts_under() { awk -v r="$1" '$2 == r || index($2, r "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; }

# --- 2. the minimal root (cached) -------------------------------------------------------------
marker="$root/.duban-rootfs-complete"
if [ "$fresh" -eq 1 ] && [ -e "$root" ]; then
    has_mounts_under "$root" && { echo "something is still mounted under $root; unmount it first" >&2; exit 2; }
    step "--fresh: removing $root"
    rm -rf "$root"
fi
if [ -e "$marker" ]; then
    step "reusing cached root $root (built $(cat "$marker"); --fresh rebuilds it)"
else
    mirror="$(mirror_url)"
    step "building the root: debootstrap --variant=minbase --include=libxml2 bookworm $root $mirror"
    has_mounts_under "$root.partial" && { echo "something is mounted under $root.partial" >&2; exit 2; }
    rm -rf "$root.partial" "$root"
    mkdir -p "$(dirname "$root")"
    t0=$(date +%s)
    debootstrap --variant=minbase --include=libxml2 bookworm "$root.partial" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -30 "$work/debootstrap.log" >&2; echo "debootstrap failed" >&2; exit 2; }
    t1=$(date +%s)
    mv "$root.partial" "$root"
    echo "$(date -u +%Y-%m-%dT%H:%M:%SZ), $mirror, in $((t1 - t0)) s" >"$marker"
    echo "root created in $((t1 - t0)) s"
fi
rm -rf "$root/srv/duban" "$root/usr/local/bin/duban"
echo "root size: $(du -sh "$root" | cut -f1) (before the binary and samples are copied in)"
echo "packages in the root: $(chroot "$root" dpkg-query -W -f '.\n' | wc -l)"

# --- 3. the binary, the samples, and no Swift ---------------------------------------------------
step "ldd $binary (on the host)"
ldd "$binary" 2>&1 | tee "$work/ldd.host" || true

install -d "$root/srv/duban" "$root/usr/local/bin"
install -m 0755 "$binary" "$root/usr/local/bin/duban"
cp -a "$repo/Samples" "$root/srv/duban/Samples"

step "libraries the root lacks"
missing=()
while read -r soname; do
    [ -n "$soname" ] || continue
    case "$soname" in linux-vdso.so*|linux-gate.so*) continue ;; esac
    if [ -z "$(find "$root/lib" "$root/lib64" "$root/usr/lib" "$root/usr/local/lib" -xdev -name "$soname" 2>/dev/null | head -1)" ]; then
        pkg="$(dpkg -S "*/$soname" 2>/dev/null | head -1 | cut -d: -f1-2 || true)"
        hostpath="$(awk -v s="$soname" '$1 == s && $2 == "=>" { print $3 }' "$work/ldd.host")"
        missing+=("$soname")
        echo "  missing: $soname (host: ${hostpath:-?}${pkg:+, Debian package $pkg})"
    fi
done < <(awk '$2 == "=>" { print $1; next } $1 ~ /^\// { n = split($1, p, "/"); print p[n] }' "$work/ldd.host")
[ ${#missing[@]} -eq 0 ] && echo "  none: every library ldd lists on the host is in the root"
echo "--- chroot $root ldd /usr/local/bin/duban"
chroot "$root" /usr/bin/ldd /usr/local/bin/duban 2>&1 | tee "$work/ldd.root" || true

step "checking that the root has no Swift"
[ ! -e "$root/usr/lib/swift" ] || fail "$root/usr/lib/swift exists"
swiftlibs="$(find "$root" -xdev \( -name 'libswiftCore.so*' -o -name 'libswift*.so' \) -print 2>/dev/null | head -5)"
[ -z "$swiftlibs" ] || fail "Swift runtime libraries in the root: $swiftlibs"
[ -z "$(find "$root" -xdev -type f -name swift -print -quit 2>/dev/null)" ] || fail "a swift executable is in the root"
echo "ok: no usr/lib/swift, no libswift*.so, no swift executable"

# --- 4. serve the demo inside the root --------------------------------------------------------
if [ "$proc" -eq 1 ]; then
    mount -t proc proc "$root/proc" && mounted+=("$root/proc")
    echo "mounted /proc inside the root (--no-proc to leave it out)"
fi
if [ "$binddev" -eq 1 ]; then
    mount --bind /dev "$root/dev" && mounted+=("$root/dev")
    echo "bind-mounted the host's /dev inside the root"
fi

# The binary must start and see its arguments before the server is worth waiting for.
step "chroot $root /usr/local/bin/duban serve --help"
rc=0
env -i PATH=/usr/bin:/bin HOME=/root "$chroot_bin" "$root" /usr/local/bin/duban serve --help >"$work/help.txt" 2>&1 || rc=$?
head -3 "$work/help.txt"
if ! grep -q 'USAGE: duban serve' "$work/help.txt"; then
    [ "$rc" -eq 0 ] && grep -q 'USAGE: duban <subcommand>' "$work/help.txt" \
        && fail "the binary ran but did not see its arguments (no /proc inside the root? it reads /proc/self/cmdline)"
    fail "the binary does not run inside the root (exit status $rc)${missing[*]:+; the root lacks ${missing[*]}}"
fi

port=""
for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! ss -Htln "sport = :$p" 2>/dev/null | grep -q .; then port=$p; break; fi
done
[ -n "$port" ] || { echo "no free port" >&2; exit 2; }
base="http://127.0.0.1:$port"

step "chroot $root /usr/local/bin/duban serve --demo --db /srv/duban/demo.sqlite --host 127.0.0.1 --port $port"
t0=$(date +%s)
env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    DUBAN_SAMPLES=/srv/duban/Samples DUBAN_BCRYPT_COST=4 \
    "$chroot_bin" "$root" /usr/local/bin/duban serve --demo --db /srv/duban/demo.sqlite --host 127.0.0.1 --port "$port" \
    >"$work/server.log" 2>&1 &
server_pid=$!

server_log() { echo "--- server log (last 40 lines)"; tail -40 "$work/server.log"; }
healthy=0
for _ in $(seq 1 240); do
    if curl -sf -o /dev/null --max-time 2 "$base/healthz"; then healthy=1; break; fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        wait "$server_pid" && rc=0 || rc=$?
        server_pid=""
        server_log
        fail "the server exited with status $rc before /healthz answered"
    fi
    sleep 1
done
[ "$healthy" -eq 1 ] || { server_log; fail "no answer from $base/healthz within 240 s"; }
echo "healthy after $(( $(date +%s) - t0 )) s"

jar="$work/cookies"
status="$(curl -s -o "$work/login.json" -w '%{http_code}' -c "$jar" -H 'Content-Type: application/json' \
    -d '{"username":"zl-duchashi","password":"Duban-zl-2022"}' "$base/api/v1/session")" || status="curl error"
grep -q duban_session "$jar" 2>/dev/null || { cat "$work/login.json" 2>/dev/null; echo; server_log; fail "login returned $status and no duban_session cookie"; }
echo "login: HTTP $status, duban_session cookie set"

status="$(curl -s -o "$work/home.html" -w '%{http_code}' -b "$jar" "$base/")" || status="curl error"
if [ "$status" = 200 ] && grep -q '钟楼区督查室' "$work/home.html"; then
    echo "GET /: HTTP 200, $(wc -c <"$work/home.html") bytes, contains 钟楼区督查室"
else
    head -c 600 "$work/home.html" 2>/dev/null; echo; server_log
    fail "GET / returned $status without 钟楼区督查室"
fi

printf '\nPASS: %s serves the demo in a minimal Debian bookworm root with no Swift installed\n' "$(basename "$binary")"
