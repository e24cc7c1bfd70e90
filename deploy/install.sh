#!/usr/bin/env bash
# Installs a built `duban` as a service: the binary in /usr/local/bin, a `duban` system user,
# /var/lib/duban for its SQLite file, /etc/duban/duban.env for settings (kept if present),
# and deploy/duban.service, enabled and started. Run as root:
#   deploy/install.sh path/to/duban
set -euo pipefail
binary=${1:?usage: deploy/install.sh path/to/duban}
here=$(cd "$(dirname "$0")" && pwd)
[ "$(id -u)" -eq 0 ] || { echo "请以 root 运行（需要创建用户和安装服务）" >&2; exit 1; }
"$binary" --help >/dev/null || { echo "$binary 不能运行：请确认服务器装有 README 所列的系统库" >&2; exit 1; }
install -m 0755 "$binary" /usr/local/bin/duban
id duban >/dev/null 2>&1 || useradd --system --home-dir /var/lib/duban --shell /usr/sbin/nologin duban
install -d -o duban -g duban -m 0750 /var/lib/duban
install -d -m 0755 /etc/duban
if [ ! -e /etc/duban/duban.env ]; then
  cat > /etc/duban/duban.env <<'ENV'
# Duban settings (README, "Running it for real"). Restart the service after a change.
HOST=127.0.0.1
PORT=8080
# DATABASE_URL=postgres://duban:…@db.example:5432/duban
# DUBAN_PUBLIC_URL=https://duban.example.gov.cn
# DUBAN_TRUSTED_PROXY=loopback
# DUBAN_AUDIT_KEY=…            (16+ characters, kept outside the database)
ENV
  chmod 0640 /etc/duban/duban.env
  chgrp duban /etc/duban/duban.env
fi
install -m 0644 "$here/duban.service" /etc/systemd/system/duban.service
systemctl daemon-reload
systemctl enable --now duban
echo "已安装并启动 duban 服务：systemctl status duban；首个管理员：sudo -u duban duban account create-admin --db /var/lib/duban/duban.sqlite 用户名"
