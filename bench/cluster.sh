#!/usr/bin/env bash
# Several app servers on one PostgreSQL: seeds a fresh database, starts two `duban serve` and an
# nginx in front of both, then bench/cluster_check.py checks what the README promises for that
# setup (a write on one server seen by the other, no acknowledged report lost when a server dies,
# overdue urgings escalated once, robot messages sent once, database connections bounded).
# Usage: bench/cluster.sh [--smoke] [BIN]      (BIN: .build/release/duban, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=0
bin=.build/release/duban
for arg in "$@"; do
    case "$arg" in
        --smoke) smoke=1 ;;
        -h | --help) sed -n 2,6p "$0"; exit 0 ;;
        *) bin=$arg ;;
    esac
done
if [ ! -x "$bin" ]; then
    [ "$bin" = .build/release/duban ] || { echo "no executable at $bin" >&2; exit 2; }
    swift build -c release --product duban
fi
bin=$(realpath "$bin")

if [ "$smoke" = 1 ]; then governments=${GOVERNMENTS:-3}; tasks=50; else governments=${GOVERNMENTS:-10}; tasks=200; fi
sweep=2
pool=4

# Debian packages, only when missing (CI images start bare).
need=()
command -v psql >/dev/null && ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null || need+=(nginx)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
cluster=$(pg_lsclusters -h | awk 'NR == 1 { print $1 " " $2 }')
[ -n "$cluster" ] || cluster="15 main"
# shellcheck disable=SC2086
pg_lsclusters -h | awk -v c="$cluster" '$1 " " $2 == c && $4 == "online" { found = 1 } END { exit !found }' ||
    pg_ctlcluster $cluster start
as_postgres psql -qX -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'duban') THEN CREATE ROLE duban LOGIN PASSWORD 'duban'; END IF;
END $$;
ALTER ROLE duban LOGIN PASSWORD 'duban';
SET client_min_messages = warning;
DROP DATABASE IF EXISTS duban_cluster WITH (FORCE);
CREATE DATABASE duban_cluster OWNER duban;
SQL
export DATABASE_URL='postgres://duban:duban@127.0.0.1:5432/duban_cluster?tlsmode=disable'

dir=$(mktemp -d)
# nginx workers run as nobody and must reach their temp directories inside.
chmod 711 "$dir"
pids=()
alive() { local pid; for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }
cleanup() {
    local pid _
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for _ in $(seq 1 100); do alive || break; sleep 0.1; done
    echo "logs: $dir"
}
trap cleanup EXIT

# Seeding migrates; the servers then start on a current schema (two starting servers would both
# migrate an empty database at once, and one of them fails).
echo "== seeding $governments governments × $tasks tasks into duban_cluster"
(umask 077 && "$bin" bench-seed --governments "$governments" --tasks "$tasks" --tokens "$dir/tokens.json")

read -r port1 port2 port_nginx port_robot < <(python3 -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in socks])')

# Same database, short sweep, small pool; bcrypt cheap since nothing here measures logins.
# The robot receiver of the checks is on loopback, which robots may post to only when allowed.
start_server() {
    DUBAN_SWEEP_SECONDS=$sweep DUBAN_DB_POOL=$pool DUBAN_BCRYPT_COST=4 DUBAN_WEBHOOK_ALLOWED_HOSTS=127.0.0.1 \
        "$bin" serve --port "$1" >"$dir/serve-$1.log" 2>&1 &
    pids+=($!)
    # Not a job any more: the check kills server 1 and bash would print "Killed" for it.
    disown
}
start_server "$port1"
server1=${pids[-1]}
start_server "$port2"
for port in "$port1" "$port2"; do
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.5; done
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "server on $port did not start" >&2; cat "$dir/serve-$port.log" >&2; exit 1; }
done

mkdir -p "$dir/nginx"
# A POST that reached a server is not sent to the other (nginx's default for non-idempotent
# requests): that is right, since the first may have written it.
cat >"$dir/nginx.conf" <<EOF
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/nginx/body;
    proxy_temp_path $dir/nginx/proxy;
    fastcgi_temp_path $dir/nginx/fastcgi;
    uwsgi_temp_path $dir/nginx/uwsgi;
    scgi_temp_path $dir/nginx/scgi;
    upstream duban {
        server 127.0.0.1:$port1 max_fails=1 fail_timeout=5s;
        server 127.0.0.1:$port2 max_fails=1 fail_timeout=5s;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$port_nginx;
        client_max_body_size 60m;
        location / {
            proxy_pass http://duban;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_next_upstream error timeout;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
        }
    }
}
EOF
nginx -p "$dir/nginx" -e "$dir/nginx-error.log" -c "$dir/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 1 40); do curl -sf "http://127.0.0.1:$port_nginx/healthz" >/dev/null && break; sleep 0.25; done
curl -sf "http://127.0.0.1:$port_nginx/healthz" >/dev/null || { echo "nginx did not start" >&2; cat "$dir/nginx-error.log" >&2; exit 1; }

args=(--tokens "$dir/tokens.json" --nginx "http://127.0.0.1:$port_nginx"
    --server1 "http://127.0.0.1:$port1" --server2 "http://127.0.0.1:$port2" --server1-pid "$server1"
    --robot-port "$port_robot" --sweep "$sweep" --pool "$pool")
[ "$smoke" = 1 ] && args+=(--smoke)
python3 bench/cluster_check.py "${args[@]}"
