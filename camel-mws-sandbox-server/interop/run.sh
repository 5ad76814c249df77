#!/usr/bin/env bash
# Runs two third-party (Node.js) MWS clients against the stand-alone sandbox over HTTP and HTTPS.
# Needs node and npm (the clients come from the npm registry into a temporary folder, never into the repository).
# Usage, after building the server jar: bash camel-mws-sandbox-server/interop/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/../target/camel-mws-sandbox-server.jar"
work="$(mktemp -d)"
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT

cp "$here/package.json" "$here/clients.js" "$work/"
(cd "$work" && npm install --ignore-scripts --no-audit --no-fund --silent)

java -jar "$jar" --port 0 --https --cert-out "$work/cert.pem" --access-key AKIAINTEROP000000001 \
  --secret-key 'interop+secret/key=' --seller-id A2INTEROPSELLER --time-scale 600 > "$work/sandbox.out" 2>&1 &
sandbox=$!
for _ in $(seq 50); do grep -q 'https://' "$work/sandbox.out" && break; sleep 0.2; done
http_port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1 | cut -d: -f3)
https_port=$(grep -o 'https://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1 | cut -d: -f3)

(cd "$work" && NODE_EXTRA_CA_CERTS="$work/cert.pem" timeout 60 node clients.js "$http_port" "$https_port")
