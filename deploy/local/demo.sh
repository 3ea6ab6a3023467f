#!/usr/bin/env bash
# The GovBuy demo: drives the API through the gateway with real Keycloak tokens of the demo users.
# Today: civil affairs registers suppliers (社会组织), and each one shows up in tender-service's
# projection, built from credit-service's events. Later issues extend it towards the whole purchase.
set -euo pipefail

GATEWAY="${GOVBUY_GATEWAY_URL:-http://127.0.0.1:8080}"
KEYCLOAK="${GOVBUY_KEYCLOAK_URL:-http://127.0.0.1:8180}"

step() { printf '\n\033[1m--- %s\033[0m\n' "$*"; }

token_of() {
  curl -fsS --max-time 10 "$KEYCLOAK/realms/govbuy/protocol/openid-connect/token" \
    -d client_id=govbuy-portal -d grant_type=password -d "username=$1" -d password=govbuy | jq -r .access_token
}

now_ms() { date +%s%3N; }

step "services behind the gateway"
curl -fsS --max-time 10 "$GATEWAY/q/health" | jq -c '.checks[] | select(.name == "govbuy-services") | .data'

step "tokens from Keycloak for civil.haidian (civil-affairs) and buyer.haidian (purchaser)"
CIVIL="$(token_of civil.haidian)"
BUYER="$(token_of buyer.haidian)"
echo "    got two access tokens"

# name, type, registration authority, established, region, unified social credit code (valid)
SUPPLIERS=(
  "星光敬老协会|SOCIAL_GROUP|北京市海淀区民政局|2012-05-18|110108|51110108MJ00000025"
  "海淀区阳光社会工作服务中心|SOCIAL_SERVICE_ORGANISATION|北京市海淀区民政局|2015-09-01|110108|52110108MJ0000001Y"
  "北京市助残公益基金会|FOUNDATION|北京市民政局|2009-03-12|110000|53110000MJ00000039"
  "徐汇区青少年事务社工站|SOCIAL_SERVICE_ORGANISATION|上海市徐汇区民政局|2011-11-20|310104|52310104MJ0000004U"
  "浦东新区社区养老服务中心|SOCIAL_SERVICE_ORGANISATION|上海市浦东新区民政局|2013-07-07|310115|52310115MJ00000060"
  "北京康健居家养老服务有限公司|ENTERPRISE|北京市海淀区市场监督管理局|2016-02-29|110108|91110108MA0000005R"
)

step "civil affairs registers ${#SUPPLIERS[@]} suppliers through the gateway; each reaches tender-service"
for entry in "${SUPPLIERS[@]}"; do
  IFS='|' read -r name type authority established region uscc <<<"$entry"
  body="$(jq -nc --arg uscc "$uscc" --arg name "$name" --arg type "$type" --arg authority "$authority" \
    --arg established "$established" --arg region "$region" \
    '{uscc: $uscc, name: $name, organisationType: $type, registrationAuthority: $authority,
      establishedOn: $established, region: $region}')"
  started="$(now_ms)"
  status="$(curl -sS -o /tmp/govbuy-demo-response.json -w '%{http_code}' --max-time 10 -X POST "$GATEWAY/api/v1/suppliers" \
    -H "Authorization: Bearer $CIVIL" -H 'Content-Type: application/json' -d "$body")"
  case "$status" in
    201) outcome="registered" ;;
    409) outcome="already registered" ;;
    *) echo "    $name: HTTP $status"; cat /tmp/govbuy-demo-response.json; echo; exit 1 ;;
  esac
  seen=""
  for _ in $(seq 1 100); do
    if curl -fs -o /dev/null --max-time 2 "$GATEWAY/api/v1/tenders/suppliers/$uscc" -H "Authorization: Bearer $BUYER"; then
      seen="$(($(now_ms) - started)) ms"
      break
    fi
    sleep 0.05
  done
  printf '    %-28s %s  %-18s tender-service sees it after %s\n' "$name" "$uscc" "$outcome" "${seen:-NEVER}"
  [[ -n "$seen" ]] || exit 1
done

step "what tender-service knows of 星光敬老协会 (purchaser's view)"
curl -fsS "$GATEWAY/api/v1/tenders/suppliers/51110108MJ00000025" -H "Authorization: Bearer $BUYER" | jq .

step "the public profile needs no token (公开)"
curl -fsS "$GATEWAY/api/v1/public/suppliers/51110108MJ00000025" | jq -c .

step "bad input is refused with a problem naming the field (wrong check character)"
curl -sS -X POST "$GATEWAY/api/v1/suppliers" -H "Authorization: Bearer $CIVIL" -H 'Content-Type: application/json' \
  -d '{"uscc":"51110108MJ00000026","name":"错误代码协会","organisationType":"SOCIAL_GROUP","registrationAuthority":"北京市民政局","establishedOn":"2015-01-01","region":"110000"}' | jq -c .

step "a purchaser may not register suppliers"
curl -sS -o /dev/null -w '    HTTP %{http_code}\n' -X POST "$GATEWAY/api/v1/suppliers" -H "Authorization: Bearer $BUYER" \
  -H 'Content-Type: application/json' -d '{}'

printf '\nDemo finished.\n'
