#!/usr/bin/env bash
# The GovBuy demo: drives the API through the gateway with real Keycloak tokens of the demo users.
# Today: civil affairs registers suppliers (社会组织) and keeps their credit; the catalogue is
# published; a purchase plan is approved and its open tender announced, questions answered and
# sealed bids taken (a debarred supplier refused); a second tender is awarded, and its contract
# drafted, signed, filed, reported on and paid; its mid-term evaluation passes and releases an installment,
# while the second lot's supplier fails its own: rectification, a withheld installment and a credit record.
set -euo pipefail

GATEWAY="${GOVBUY_GATEWAY_URL:-http://127.0.0.1:8080}"
# operations (the clock of this local suite) are served by each service itself, not through the gateway
TENDER_SERVICE="${GOVBUY_TENDER_SERVICE_URL:-http://127.0.0.1:8082}"
KEYCLOAK="${GOVBUY_KEYCLOAK_URL:-http://127.0.0.1:8180}"

step() { printf '\n\033[1m--- %s\033[0m\n' "$*"; }

token_of() {
  curl -fsS --max-time 10 "$KEYCLOAK/realms/govbuy/protocol/openid-connect/token" \
    -d client_id=govbuy-portal -d grant_type=password -d "username=$1" -d password=govbuy | jq -r .access_token
}

now_ms() { date +%s%3N; }

step "services behind the gateway"
curl -fsS --max-time 10 "${GOVBUY_GATEWAY_MANAGEMENT_URL:-http://127.0.0.1:9080}/q/health" | jq -c '.checks[] | select(.name == "govbuy-services") | .data'

step "tokens from Keycloak: civil affairs of Haidian, Beijing and Shanghai (each keeps its own region's register), buyer.haidian"
CIVIL="$(token_of civil.haidian)"
CIVIL_BJ="$(token_of civil.beijing)"
CIVIL_SH="$(token_of civil.shanghai)"
BUYER="$(token_of buyer.haidian)"
echo "    got four access tokens"

# the civil-affairs office whose region covers an organisation's region keeps its register
registrar_of() {
  case "$1" in
    110108) echo "$CIVIL" ;;
    11*) echo "$CIVIL_BJ" ;;
    31*) echo "$CIVIL_SH" ;;
    *) echo "no civil-affairs user for region $1" >&2; exit 1 ;;
  esac
}

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
    -H "Authorization: Bearer $(registrar_of "$region")" -H 'Content-Type: application/json' -d "$body")"
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

FINANCE="$(token_of finance.haidian)"
TODAY="$(TZ=Asia/Shanghai date +%F)"
LAST_YEAR="$(($(TZ=Asia/Shanghai date +%Y) - 1))"
DEBARRED=52110108MJ0000001Y   # supplier.xingguang acts for it
ABNORMAL=52310104MJ0000004U

step "civil affairs records the $LAST_YEAR annual inspections (年检; for the company, its annual report filed with market regulation), finance the tax and social-insurance evidence, and civil affairs rates 星光敬老协会 4A (等级评估)"
for entry in "${SUPPLIERS[@]}"; do
  IFS='|' read -r name type _ _ region uscc <<<"$entry"
  REGISTRAR="$(registrar_of "$region")"
  if [[ "$type" == ENTERPRISE ]]; then
    # an enterprise is not inspected by civil affairs: its annual report filed with market regulation stands in
    curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/suppliers/$uscc/compliance" \
      -H "Authorization: Bearer $REGISTRAR" -H 'Content-Type: application/json' \
      -d "{\"kind\":\"ANNUAL_REPORT\",\"inGoodStanding\":true,\"asOf\":\"$TODAY\",\"evidenceReference\":\"国家企业信用信息公示系统 $LAST_YEAR 年度报告\"}"
  else
    curl -fsS -o /dev/null -X PUT "$GATEWAY/api/v1/suppliers/$uscc/inspections/$LAST_YEAR" \
      -H "Authorization: Bearer $REGISTRAR" -H 'Content-Type: application/json' -d '{"result":"PASSED"}'
  fi
  # without recent evidence of paid taxes and social insurance a supplier's standing is unknown
  for kind in TAX SOCIAL_INSURANCE; do
    curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/suppliers/$uscc/compliance" \
      -H "Authorization: Bearer $REGISTRAR" -H 'Content-Type: application/json' \
      -d "{\"kind\":\"$kind\",\"inGoodStanding\":true,\"asOf\":\"$TODAY\",\"evidenceReference\":\"完税及社保缴费证明 $TODAY\"}"
  done
done
curl -fsS -X PUT "$GATEWAY/api/v1/suppliers/51110108MJ00000025/rating" -H "Authorization: Bearer $CIVIL" \
  -H 'Content-Type: application/json' -d '{"level":"A4","ratedOn":"2025-12-01","authority":"北京市海淀区民政局"}' \
  | jq -c '{name, ratingLevel, creditLevel}'

step "finance records a major violation (false information in a bid) for 海淀区阳光社会工作服务中心: notified, heard, debarred"
if [[ "$(curl -fsS "$GATEWAY/api/v1/suppliers/$DEBARRED/debarment-notices" -H "Authorization: Bearer $FINANCE" | jq length)" == "0" ]]; then
  curl -fsS -X POST "$GATEWAY/api/v1/suppliers/$DEBARRED/credit-records" -H "Authorization: Bearer $FINANCE" \
    -H 'Content-Type: application/json' -d "$(jq -nc --arg on "$TODAY" '{kind: "FALSE_INFORMATION", severity: "MAJOR",
      source: "FINANCE", evidenceReference: "京财监〔2026〕88号", reason: "投标文件提供虚假业绩证明", occurredOn: $on}')" \
    | jq -c '{record: .id, kind, severity, countsUntil}'
  NOTICE="$(curl -fsS "$GATEWAY/api/v1/suppliers/$DEBARRED/debarment-notices" -H "Authorization: Bearer $FINANCE" | jq -r '.[0].id')"
  echo "    the supplier is notified (告知) and states its case (申辩) as supplier.xingguang:"
  curl -fsS -X POST "$GATEWAY/api/v1/credit/debarment-notices/$NOTICE/statement" \
    -H "Authorization: Bearer $(token_of supplier.xingguang)" -H 'Content-Type: application/json' \
    -d '{"statement":"业绩证明系分包方提供，本中心未核实，愿意整改"}' | jq -c '{status, notifiedOn, statementDeadline, statement}'
  echo "    finance, having heard it, decides:"
  curl -fsS -X POST "$GATEWAY/api/v1/credit/debarment-notices/$NOTICE/decision" -H "Authorization: Bearer $FINANCE" \
    -H 'Content-Type: application/json' -d '{"debar":true,"reason":"申辩理由不能成立：投标人对所提交材料的真实性负责"}' \
    | jq -c '{status, decidedOn, decisionReason}'
fi
echo "    public profile:"
curl -fsS "$GATEWAY/api/v1/public/suppliers/$DEBARRED" | jq -c '{name, creditLevel, debarment}'
echo "    eligibility today (purchaser's question, kept as a snapshot):"
curl -fsS "$GATEWAY/api/v1/suppliers/$DEBARRED/eligibility" -H "Authorization: Bearer $BUYER" \
  | jq -c '{eligible, failed: [.failed[].condition], snapshotId}'
for _ in $(seq 1 100); do
  until_day="$(curl -fsS "$GATEWAY/api/v1/tenders/suppliers/$DEBARRED" -H "Authorization: Bearer $BUYER" | jq -r .debarredUntil)"
  [[ "$until_day" != "null" ]] && break
  sleep 0.05
done
echo "    tender-service's projection: debarred until $until_day"

step "disclosure (信息公开): everyone but 徐汇区青少年事务社工站 published its $LAST_YEAR annual report"
# on 20 March when that day has passed (on time, recorded now), else an hour ago
if [[ "$(TZ=Asia/Shanghai date +%m%d)" > "0320" ]]; then
  PUBLISHED_AT="$((LAST_YEAR + 1))-03-20T10:00:00+08:00"
else
  PUBLISHED_AT="$(TZ=Asia/Shanghai date -d '1 hour ago' +%FT%T%:z)"
fi
for entry in "${SUPPLIERS[@]}"; do
  IFS='|' read -r name type _ _ region uscc <<<"$entry"
  [[ "$uscc" == "$ABNORMAL" || "$type" == ENTERPRISE ]] && continue
  curl -sS -o /dev/null -X POST "$GATEWAY/api/v1/suppliers/$uscc/disclosures/annual-reports/$LAST_YEAR" \
    -H "Authorization: Bearer $(registrar_of "$region")" -H 'Content-Type: application/json' \
    -d "{\"publishedAt\":\"$PUBLISHED_AT\",\"publishedWhere\":\"https://xxgk.mca.gov.cn/\"}"
done
echo "    civil affairs of Beijing and of Shanghai run the disclosure check: only the silent one owes a report"
for registrar in "$CIVIL_BJ" "$CIVIL_SH"; do
  curl -fsS -X POST "$GATEWAY/api/v1/credit/disclosure-checks" -H "Authorization: Bearer $registrar" | jq -c .
done
obligation="$(curl -fsS "$GATEWAY/api/v1/suppliers/$ABNORMAL/disclosures" -H "Authorization: Bearer $CIVIL" \
  | jq -r --arg y "$LAST_YEAR" '.[] | select(.subject == $y) | .id')"
echo "    civil affairs records the correction notice it issued on $((LAST_YEAR + 1))-04-01 (deadline $((LAST_YEAR + 1))-04-20)"
curl -sS -o /dev/null -X POST "$GATEWAY/api/v1/suppliers/$ABNORMAL/disclosures/$obligation/correction-notice" \
  -H "Authorization: Bearer $CIVIL_SH" -H 'Content-Type: application/json' \
  -d "{\"issuedOn\":\"$((LAST_YEAR + 1))-04-01\",\"deadline\":\"$((LAST_YEAR + 1))-04-20\"}"
curl -fsS -X POST "$GATEWAY/api/v1/credit/disclosure-checks" -H "Authorization: Bearer $CIVIL_SH" | jq -c .
echo "    past the correction deadline it is notified (告知) and may state its case (申辩) before it is listed:"
curl -fsS "$GATEWAY/api/v1/suppliers/$ABNORMAL/abnormal-listings" -H "Authorization: Bearer $CIVIL_SH" \
  | jq -c '.[-1] | {status, notifiedOn, statementDeadline, listedOn, reason}'

step "public search (no token): 养老"
curl -fsS "$GATEWAY/api/v1/public/suppliers?q=%E5%85%BB%E8%80%81" \
  | jq -c '.items[] | {name, uscc, rating, creditLevel, debarred: (.debarment != null), abnormal: (.abnormalListing != null)}'

step "the guidance catalogue (指导性目录): catalog.admin drafts Haidian's with the pilot catalogue, finance.haidian approves"
ADMIN="$(token_of catalog.admin)"
NEXT_YEAR="$(($(TZ=Asia/Shanghai date +%Y) + 1))"
CATALOGUE="$(curl -fsS "$GATEWAY/api/v1/public/catalogues?region=110108&year=$NEXT_YEAR" | jq -r '.[0].id // empty')"
if [[ -z "$CATALOGUE" ]]; then
  CATALOGUE="$(curl -fsS -X POST "$GATEWAY/api/v1/catalogues" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' \
    -d "{\"region\":\"110108\",\"fiscalYear\":$NEXT_YEAR,\"title\":\"海淀区政府购买服务指导性目录（$NEXT_YEAR）\"}" | jq -r .id)"
  curl -fsS -X PUT "$GATEWAY/api/v1/catalogues/$CATALOGUE/entries" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' --data-binary "@$(dirname "$0")/../../catalog-service/src/main/resources/seed/pilot-catalogue.json" | jq -c .
  curl -fsS -X POST "$GATEWAY/api/v1/catalogues/$CATALOGUE/submission" -H "Authorization: Bearer $ADMIN" \
    | jq -c '{status, submittedBy}'
  echo "    the submitter may not approve (four eyes):"
  curl -sS -o /dev/null -w '    HTTP %{http_code}\n' -X POST "$GATEWAY/api/v1/catalogues/$CATALOGUE/approval" -H "Authorization: Bearer $ADMIN"
  curl -fsS -X POST "$GATEWAY/api/v1/catalogues/$CATALOGUE/approval" -H "Authorization: Bearer $FINANCE" \
    | jq -c '{status, entries, publishedAt}'
fi
echo "    public search (no token) for 养老 in Haidian's catalogue:"
curl -fsS "$GATEWAY/api/v1/public/catalogues/entries?q=%E5%85%BB%E8%80%81&region=110108" \
  | jq -c '.items[] | {code: .entry.code, name: .entry.nameZh, price: [.entry.referencePriceMin, .entry.referencePriceMax]}'
echo "    tender-service: may Haidian buy these in $NEXT_YEAR? (the check purchase plans will use)"
for code in A07.02 E13.02 Z99.01; do
  for _ in $(seq 1 100); do
    answer="$(curl -fsS "$GATEWAY/api/v1/tenders/catalogue-check?region=110108&year=$NEXT_YEAR&code=$code" \
      -H "Authorization: Bearer $BUYER")"
    [[ "$(jq -r .reason <<<"$answer")" != "NO_CATALOGUE" ]] && break
    sleep 0.05
  done
  jq -c '{code, purchasable, reason, preferSocialOrganisations}' <<<"$answer"
done

step "a purchase plan (购买服务计划): buyer.haidian plans 居家养老服务 (A07.02) for $NEXT_YEAR, finance.haidian approves"
PLAN="$(curl -fsS -X POST "$GATEWAY/api/v1/plans" -H "Authorization: Bearer $BUYER" -H 'Content-Type: application/json' \
  -d "{\"fiscalYear\":$NEXT_YEAR,\"subItemCode\":\"A07.02\",\"content\":\"为辖区失能、独居老人提供居家养老上门服务\",
       \"quantity\":1200,\"unit\":\"人·月\",\"budget\":1080000,\"priceBasis\":\"目录参考价700–1100元/人·月,按900元测算\",
       \"feasibility\":\"辖区内有多家具备资质的养老服务社会组织\",\"goals\":\"覆盖100名老人全年服务\",
       \"performanceStandards\":\"服务满意度不低于90%,安全事故为零\",\"proposedMethod\":\"OPEN_TENDER\"}" | jq -r .id)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/plans/$PLAN/submission" -H "Authorization: Bearer $BUYER"
curl -fsS -X POST "$GATEWAY/api/v1/plans/$PLAN/approval" -H "Authorization: Bearer $FINANCE" \
  | jq -c '{subItemName, budget, unit, quantity, status}'

DEADLINE="$(date -u -d '+21 days' +%Y-%m-%dT%H:00:00Z)"
OPENING="$(date -u -d '+21 days 1 hour' +%Y-%m-%dT%H:00:00Z)"
step "an open tender (公开招标) for it, announced: the public reads it without a token (bids until $DEADLINE)"
TENDER="$(curl -fsS -X POST "$GATEWAY/api/v1/tenders" -H "Authorization: Bearer $BUYER" -H 'Content-Type: application/json' \
  -d "{\"planId\":\"$PLAN\",\"method\":\"OPEN_TENDER\",\"lots\":[{\"title\":\"北片区\",\"budget\":540000},{\"title\":\"南片区\",\"budget\":540000}],
       \"terms\":{\"title\":\"海淀区$NEXT_YEAR年居家养老上门服务\",\"content\":\"助餐、助洁、助浴、助医上门服务\",\"quantity\":1200,
         \"unit\":\"人·月\",\"serviceStartsOn\":\"$NEXT_YEAR-01-01\",\"serviceEndsOn\":\"$NEXT_YEAR-12-31\",
         \"admittedTypes\":[\"SOCIAL_GROUP\",\"SOCIAL_SERVICE_ORGANISATION\",\"FOUNDATION\"],\"otherRequirements\":\"具有养老服务经验\",
         \"evaluation\":{\"method\":\"COMPREHENSIVE_SCORING\",\"priceWeight\":30,\"criteria\":[{\"name\":\"服务方案\",\"maxScore\":40,\"weight\":40},{\"name\":\"人员与经验\",\"maxScore\":30,\"weight\":30}]},
         \"paymentTerms\":\"按季度支付,末期款与绩效评估结果挂钩\",\"performanceStandards\":\"满意度不低于90%\",
         \"bidDeadline\":\"$DEADLINE\",\"openingAt\":\"$OPENING\",\"consortiumAllowed\":false}}" | jq -r .announcement.tenderId)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/tenders/$TENDER/announcement" -H "Authorization: Bearer $BUYER"
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER" \
  | jq -c '.announcement | {title, method, status, budget, lots: [.lots[] | {lot, budget}], admittedTypes, priceWeight: .evaluation.priceWeight, clarificationCutoff, bidDeadline, openingAt}'

step "a supplier asks a question (答疑); the answer is published to everyone without saying who asked"
STARLIGHT="$(token_of supplier.starlight)"
QUESTION="$(curl -fsS -X POST "$GATEWAY/api/v1/tenders/$TENDER/questions" -H "Authorization: Bearer $STARLIGHT" \
  -H 'Content-Type: application/json' -d '{"question":"两个标包可以同时投标吗?"}' | jq -r .id)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/tenders/$TENDER/questions/$QUESTION/answer" -H "Authorization: Bearer $BUYER" \
  -H 'Content-Type: application/json' -d '{"answer":"可以,每个标包分别投标、分别评审。"}'
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER" | jq -c '.clarifications[] | {question, answer}'

step "three social organisations bid on lot 1 through the gateway; each bid is sealed and answered with a signed receipt"
for entry in "supplier.starlight|528000" "supplier.zhucan|516500.50" "supplier.pudong|532000"; do
  IFS='|' read -r user price <<<"$entry"
  curl -fsS -X POST "$GATEWAY/api/v1/tenders/$TENDER/lots/1/bids" -H "Authorization: Bearer $(token_of "$user")" \
    -H 'Content-Type: application/json' \
    -d "{\"price\":$price,\"proposal\":\"$user 的服务方案:组建专职护理团队,每周上门三次\",\"declarations\":[\"近三年内无重大违法记录\",\"不转包\"]}" \
    | jq -c --arg user "$user" '{supplier: $user, contentDigest: (.contentDigest[0:16] + "…"), receivedAt, signed: (.signature != null)}'
done

step "the debarred 海淀区阳光社会工作服务中心 (supplier.xingguang) is refused, with every reason"
curl -sS -X POST "$GATEWAY/api/v1/tenders/$TENDER/lots/1/bids" -H "Authorization: Bearer $(token_of supplier.xingguang)" \
  -H 'Content-Type: application/json' -d '{"price":500000,"proposal":"方案"}' | jq -c '{status, violations: [.violations[].rule]}'

step "until the opening at $OPENING nobody reads a bid: the public sees neither bidders nor a count, a supplier only its own receipt"
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER" | jq -c '{status: .announcement.status, opening}'
curl -fsS "$GATEWAY/api/v1/tenders/$TENDER/lots/1/bids/mine" -H "Authorization: Bearer $STARLIGHT" \
  | jq -c '{status, receivedAt, openedPrice, digest: (.receipt.contentDigest[0:16] + "…")}'
echo "    the bids are sealed to the tender's opening key, which is unwrapped only at the opening time (a durable job)"

step "the opening (开标) at $OPENING: this local suite lets the operator move tender-service's clock there"
OPS="$(token_of ops.local)"
curl -fsS -X PUT "$TENDER_SERVICE/api/v1/operations/clock" -H "Authorization: Bearer $OPS" \
  -H 'Content-Type: application/json' -d "{\"travelTo\":\"$(date -u -d "@$(($(date -u -d "$OPENING" +%s) + 5))" +%FT%TZ)\"}" \
  | jq -c '{now, travels}'
opened=""
for _ in $(seq 1 150); do
  opened="$(curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER" | jq -r .announcement.status)"
  [[ "$opened" == OPENED ]] && break
  sleep 0.2
done
echo "    the jobs at the deadline and at the opening ran: the tender is $opened; the opening record (public):"
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER" \
  | jq -c '.opening.lots[] | {lot, outcome, validBids, bids: [.bids[] | {bidder: .leadName, price, valid, receipt: (.receiptDigest[0:16] + "…")}]}'
curl -fsS -X DELETE "$TENDER_SERVICE/api/v1/operations/clock" -H "Authorization: Bearer $OPS" | jq -c '{now, travels}'
echo "    (back to real time; lot 2 had no bids and failed — 流标)"

# --- the award, on a second tender: committee (评标委员会), scoring, publicity (中标公示), a challenge (质疑)
# and the final award (中标通知书). Its periods count working days, so tender-service's clock is set to
# June 2026, a year whose official holidays are configured, whatever today's date is.
clock_to() {
  curl -fsS -X PUT "$TENDER_SERVICE/api/v1/operations/clock" -H "Authorization: Bearer $OPS" \
    -H 'Content-Type: application/json' -d "{\"travelTo\":\"$1\"}" >/dev/null
}
step "the award on a second tender: tender-service's clock is set to 1 June 2026 09:00 (Beijing) for it"
clock_to 2026-06-01T01:00:00Z
PLAN2="$(curl -fsS -X POST "$GATEWAY/api/v1/plans" -H "Authorization: Bearer $BUYER" -H 'Content-Type: application/json' \
  -d "{\"fiscalYear\":$NEXT_YEAR,\"subItemCode\":\"A07.02\",\"content\":\"为海淀北部地区独居老人提供居家养老上门服务\",
       \"quantity\":780,\"unit\":\"人·月\",\"budget\":700000,\"priceBasis\":\"目录参考价700–1100元/人·月,按约900元测算\",
       \"feasibility\":\"辖区内有多家具备资质的养老和助残服务社会组织\",\"goals\":\"覆盖65名老人全年服务\",
       \"performanceStandards\":\"服务满意度不低于90%\",\"proposedMethod\":\"OPEN_TENDER\"}" | jq -r .id)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/plans/$PLAN2/submission" -H "Authorization: Bearer $BUYER"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/plans/$PLAN2/approval" -H "Authorization: Bearer $FINANCE"
TENDER2="$(curl -fsS -X POST "$GATEWAY/api/v1/tenders" -H "Authorization: Bearer $BUYER" -H 'Content-Type: application/json' \
  -d "{\"planId\":\"$PLAN2\",\"method\":\"OPEN_TENDER\",\"lots\":[{\"title\":\"北部片区\",\"budget\":540000},{\"title\":\"北部片区失能老人康复\",\"budget\":160000}],
       \"terms\":{\"title\":\"海淀区$NEXT_YEAR年北部片区居家养老上门服务\",\"content\":\"助餐、助洁、助浴、助医上门服务;失能老人康复训练\",\"quantity\":780,
         \"unit\":\"人·月\",\"serviceStartsOn\":\"$NEXT_YEAR-01-01\",\"serviceEndsOn\":\"$NEXT_YEAR-12-31\",\"stableService\":true,
         \"admittedTypes\":[\"SOCIAL_GROUP\",\"SOCIAL_SERVICE_ORGANISATION\",\"FOUNDATION\"],
         \"evaluation\":{\"method\":\"COMPREHENSIVE_SCORING\",\"priceWeight\":30,\"criteria\":[{\"name\":\"服务方案\",\"maxScore\":40,\"weight\":40},{\"name\":\"人员与经验\",\"maxScore\":30,\"weight\":30}]},
         \"paymentTerms\":\"按季度支付,末期款与绩效评估结果挂钩\",\"performanceStandards\":\"满意度不低于90%\",
         \"bidDeadline\":\"2026-06-22T02:00:00Z\",\"openingAt\":\"2026-06-22T03:00:00Z\",\"consortiumAllowed\":false}}" \
  | jq -r .announcement.tenderId)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/tenders/$TENDER2/announcement" -H "Authorization: Bearer $BUYER"
for entry in "supplier.starlight|1|520000" "supplier.zhucan|1|505000" "supplier.pudong|1|530000" \
             "supplier.zhucan|2|150000" "supplier.starlight|2|158000" "supplier.pudong|2|156000"; do
  IFS='|' read -r user lot price <<<"$entry"
  curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/tenders/$TENDER2/lots/$lot/bids" -H "Authorization: Bearer $(token_of "$user")" \
    -H 'Content-Type: application/json' -d "{\"price\":$price,\"proposal\":\"$user 的第${lot}包服务方案\",\"declarations\":[\"不转包\"]}"
done
echo "    announced, three sealed bids in on each lot; the clock moves to the opening on 22 June"
clock_to 2026-06-22T03:00:05Z
for _ in $(seq 1 150); do
  [[ "$(curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER2" | jq -r .announcement.status)" == OPENED ]] && break
  sleep 0.2
done

step "finance registers Haidian's experts (评审专家库); the purchaser draws the committee after the opening, reproducibly"
for expert in "expert.wang|王芳" "expert.zhang|张伟" "expert.chen|陈静" "expert.zhao|赵磊"; do
  IFS='|' read -r username name <<<"$expert"
  curl -sS -o /dev/null -X POST "$GATEWAY/api/v1/experts" -H "Authorization: Bearer $FINANCE" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$username\",\"name\":\"$name\",\"specialties\":[\"A07\"],\"affiliations\":[]}"
done
COMMITTEE="$(curl -fsS -X POST "$GATEWAY/api/v1/tenders/$TENDER2/committee" -H "Authorization: Bearer $BUYER" \
  -H 'Content-Type: application/json' -d '{"purchaserRepresentatives":[{"username":"buyer.haidian","name":"李华(采购人代表)"}]}')"
jq -c '{status, seed, members: [.members[] | {name, kind, drawPosition}], excluded: (.exclusions | length)}' <<<"$COMMITTEE"
echo "    every member declares no conflict with the named bidders (回避声明), then scores on their own sheet:"
mapfile -t MEMBERS < <(jq -r '.members[].username' <<<"$COMMITTEE")
for member in "${MEMBERS[@]}"; do
  curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/tenders/$TENDER2/committee/declaration" \
    -H "Authorization: Bearer $(token_of "$member")" -H 'Content-Type: application/json' -d '{"conflict":false}'
done
# the same sheet from every member; on lot 1 星光敬老协会's proposal is the strongest, on lot 2 北京市助残公益基金会's
STRONGEST=([1]="星光敬老协会" [2]="北京市助残公益基金会")
for lot in 1 2; do
  EVALUATION="$GATEWAY/api/v1/tenders/$TENDER2/lots/$lot/evaluation"
  SHEET="$(curl -fsS "$EVALUATION" -H "Authorization: Bearer $BUYER" | jq -c --arg best "${STRONGEST[$lot]}" '{scores: [.bids[] | . as $b
    | (if $b.leadName == $best then [38, 28] elif $b.leadName == "浦东新区社区养老服务中心" then [30, 22] else [33, 24] end) as $s
    | {bidId: $b.bidId, criterion: "服务方案", score: $s[0]}, {bidId: $b.bidId, criterion: "人员与经验", score: $s[1]}]}')"
  for member in "${MEMBERS[@]}"; do
    curl -fsS -o /dev/null -X PUT "$EVALUATION/score-sheets/mine" -H "Authorization: Bearer $(token_of "$member")" \
      -H 'Content-Type: application/json' -d "$SHEET"
  done
  echo "    lot $lot:"
  curl -fsS -X POST "$EVALUATION/closing" -H "Authorization: Bearer $(token_of "${MEMBERS[0]}")" -H 'Content-Type: application/json' \
    -d '{"report":"评标委员会按综合评分法评审,推荐排名第一的投标人为中标候选人"}' \
    | jq -c '.result.ranking[] | {rank, bidder: .leadName, price, technical: .technicalScore, priceScore, total: .totalScore}'
done

step "the recommendation is published (中标公示); 北京市助残公益基金会 challenges it (质疑) and the purchaser rejects the challenge"
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER2/awards" \
  | jq -c '{committee, award: (.lots[0].awards[0] | {status, winner: .leadName, price, publicityEndsAt, challengesCloseAt})}'
CHALLENGE="$(curl -fsS -X POST "$GATEWAY/api/v1/tenders/$TENDER2/lots/1/challenges" -H "Authorization: Bearer $(token_of supplier.zhucan)" \
  -H 'Content-Type: application/json' -d '{"grounds":"我方报价最低,价格分与服务方案得分的计算有误","evidence":"评分细则第2条与我方投标文件第5页"}' | jq -r .challengeId)"
curl -fsS -X POST "$GATEWAY/api/v1/tenders/$TENDER2/challenges/$CHALLENGE/answer" -H "Authorization: Bearer $BUYER" \
  -H 'Content-Type: application/json' -d '{"upheld":false,"answer":"经复核,价格分按(最低价÷投标价)×30计算无误,服务方案得分为五位成员去掉最高最低分后的平均分"}' \
  | jq -c '{upheld, answer}'
CLOSE="$(curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER2/awards" | jq -r '[.lots[].awards[0].challengesCloseAt] | max')"
echo "    the public sees the challenge and its answer, not who filed it nor the evidence:"
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER2/awards" | jq -c '.lots[0].challenges[] | {grounds, upheld, answer}'

step "when the publicity and challenge periods have ended ($CLOSE) the award is final and its notice issued (中标通知书)"
clock_to "$(date -u -d "@$(($(date -u -d "$CLOSE" +%s) + 5))" +%FT%TZ)"
for _ in $(seq 1 150); do
  curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER2/awards" | jq -e 'all(.lots[]; .awards[0].status == "FINAL")' >/dev/null && break
  sleep 0.2
done
curl -fsS "$GATEWAY/api/v1/public/tenders/$TENDER2/awards" \
  | jq -c '.lots[].awards[0] | {status, winner: .leadName, price, noticeNumber, finalisedAt}'
curl -fsS -X DELETE "$TENDER_SERVICE/api/v1/operations/clock" -H "Authorization: Bearer $OPS" >/dev/null
echo "    (tender-service is back on real time; the award.finalized event carries what the contract is drafted from)"

step "contract-service drafts the contract from the final award (合同草案): parties, amount, term and the required clauses"
BUYER="$(token_of buyer.haidian)"; FINANCE="$(token_of finance.haidian)"; STARLIGHT="$(token_of supplier.starlight)"
# the id of the contract drafted from the second tender's lot $1, once contract-service has drafted it
contract_of_lot() {
  local id=""
  for _ in $(seq 1 150); do
    id="$(curl -fsS "$GATEWAY/api/v1/contracts?size=200" -H "Authorization: Bearer $BUYER" \
      | jq -r --arg t "$TENDER2" --argjson lot "$1" '.items[] | select(.tenderId == $t and .lot == $lot) | .id')"
    [[ -n "$id" ]] && break
    sleep 0.2
  done
  echo "$id"
}
CONTRACT="$(contract_of_lot 1)"
curl -fsS "$GATEWAY/api/v1/contracts/$CONTRACT" -H "Authorization: Bearer $BUYER" \
  | jq -c '{status, supplier: .supplierName, amount, serviceStartsOn, serviceEndsOn, clauses: (.clauses | keys), noSubcontracting: .clauses.NO_SUBCONTRACTING}'

step "the purchaser completes the draft: funded 6:2:2 by province, prefecture and county, deliverables with targets, the payment schedule"
curl -fsS -X PUT "$GATEWAY/api/v1/contracts/$CONTRACT/draft" -H "Authorization: Bearer $BUYER" -H 'Content-Type: application/json' -d '{
  "fundingShares":[{"level":"PROVINCE","weight":6},{"level":"PREFECTURE","weight":2},{"level":"COUNTY","weight":2}],
  "deliverables":[{"name":"助残技能培训","target":12,"unit":"次","per":"TERM"},{"name":"服务简报","target":3,"unit":"期","per":"WEEK"}],
  "installments":[{"trigger":"ON_SIGNING","share":30},{"trigger":"MID_TERM_EVALUATION","share":40},{"trigger":"FINAL_EVALUATION","share":30}]}' \
  | jq -c '{status, fundingShares: [.fundingShares[] | "\(.level) \(.weight)"]}'

step "both parties sign as themselves, the purchaser files it with finance (备案) and finance confirms: the contract is in force"
curl -fsS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/signatures" -H "Authorization: Bearer $BUYER" | jq -c '{status, purchaserSignature}'
curl -fsS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/signatures" -H "Authorization: Bearer $STARLIGHT" | jq -c '{status, supplierSignature, publicationDueAt}'
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/filing" -H "Authorization: Bearer $BUYER"
curl -fsS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/filing/confirmation" -H "Authorization: Bearer $FINANCE" | jq -c '{status, filedAt}'
echo "    the key terms are public (合同公开), without bank details or internal notes:"
curl -fsS "$GATEWAY/api/v1/public/contracts/$CONTRACT" | jq -c '{title, supplierName, amount, serviceStartsOn, serviceEndsOn, fundingLevels, status}'

step "星光敬老协会 reports its first month's progress against the targets (进度报告)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/progress-reports" -H "Authorization: Bearer $STARLIGHT" \
  -H 'Content-Type: application/json' -d "{\"periodFrom\":\"$NEXT_YEAR-01-01\",\"periodTo\":\"$NEXT_YEAR-01-31\",\"narrative\":\"一月服务进展\",
  \"items\":[{\"deliverable\":1,\"quantity\":1,\"evidence\":[\"培训签到表-1月.pdf\"]},{\"deliverable\":2,\"quantity\":13}]}"
curl -fsS "$GATEWAY/api/v1/contracts/$CONTRACT/performance" -H "Authorization: Bearer $BUYER" \
  | jq -c '.deliverables[] | {name, target: .targetForTerm, achieved, rate: .achievementRate}'

step "the first payment: payable on signing, requested by the purchaser, approved and paid by finance, split by funding level"
PAYABLE="$(curl -fsS "$GATEWAY/api/v1/contracts/$CONTRACT/payments" -H "Authorization: Bearer $BUYER" | jq -r '.installments[0].payable')"
PAYMENT="$(curl -fsS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/payments" -H "Authorization: Bearer $BUYER" \
  -H 'Content-Type: application/json' -d "{\"installment\":1,\"amount\":$PAYABLE}" | jq -r .id)"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/payments/$PAYMENT/decision" -H "Authorization: Bearer $FINANCE" \
  -H 'Content-Type: application/json' -d '{"approved":true}'
curl -fsS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/payments/$PAYMENT/paid" -H "Authorization: Bearer $FINANCE" \
  -H 'Content-Type: application/json' -d "{\"paidOn\":\"$(TZ=Asia/Shanghai date +%F)\"}" \
  | jq -c '{status, amount, fiscalYear, funding: [.funding[] | "\(.level) \(.amount)"]}'
echo "    a second request above what is still payable is refused:"
curl -sS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/payments" -H "Authorization: Bearer $BUYER" \
  -H 'Content-Type: application/json' -d '{"installment":1,"amount":0.01}' | jq -c '{status, violations}'

step "lot 2's contract with 北京市助残公益基金会 (150,000) is completed, signed and filed the same way: 24 rehabilitation sessions in the year"
ZHUCAN="$(token_of supplier.zhucan)"
CONTRACT2="$(contract_of_lot 2)"
curl -fsS -o /dev/null -X PUT "$GATEWAY/api/v1/contracts/$CONTRACT2/draft" -H "Authorization: Bearer $BUYER" -H 'Content-Type: application/json' -d '{
  "fundingShares":[{"level":"COUNTY","weight":1}],
  "deliverables":[{"name":"失能老人康复训练","target":24,"unit":"次","per":"TERM"}],
  "installments":[{"trigger":"ON_SIGNING","share":30},{"trigger":"MID_TERM_EVALUATION","share":40},{"trigger":"FINAL_EVALUATION","share":30}]}'
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT2/signatures" -H "Authorization: Bearer $BUYER"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT2/signatures" -H "Authorization: Bearer $ZHUCAN"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT2/filing" -H "Authorization: Bearer $BUYER"
curl -fsS -X POST "$GATEWAY/api/v1/contracts/$CONTRACT2/filing/confirmation" -H "Authorization: Bearer $FINANCE" \
  | jq -c '{lot, status, supplier: .supplierName, amount, filedAt}'

EVALUATION_SERVICE="${GOVBUY_EVALUATION_SERVICE_URL:-http://127.0.0.1:8084}"
step "performance evaluation (绩效评价): civil affairs keeps Haidian's pool of third-party agencies (第三方评估机构库)"
for agency in "AGENCY-BJ-001|北京华普社会组织评估中心|52110108MJ0000701A|[]" \
              "AGENCY-BJ-002|北京博远公益评估研究院|52110108MJ0000702B|[]" \
              "AGENCY-BJ-003|星光公益咨询中心|52110108MJ0000703C|[\"51110108MJ00000025\"]"; do
  IFS='|' read -r id name uscc ties <<<"$agency"
  curl -sS -o /dev/null -X POST "$GATEWAY/api/v1/agencies" -H "Authorization: Bearer $CIVIL" -H 'Content-Type: application/json' \
    -d "{\"id\":\"$id\",\"name\":\"$name\",\"uscc\":\"$uscc\",\"region\":\"110108\",\"qualifications\":[\"THIRD_PARTY_EVALUATION\"],
         \"specialties\":[\"A07\"],\"affiliations\":$ties}"
done
curl -fsS "$GATEWAY/api/v1/agencies" -H "Authorization: Bearer $CIVIL" \
  | jq -c '[.[] | select(.id | startswith("AGENCY-BJ")) | {id, name, tiedTo: .affiliations}]'
echo "    the filed contract was planned for a mid-term evaluation at half its term and a final one at its end:"
for _ in $(seq 1 150); do
  [[ "$(curl -fsS "$GATEWAY/api/v1/evaluations?contractId=$CONTRACT" -H "Authorization: Bearer $BUYER" | jq -r .total)" == 2 ]] && break
  sleep 0.2
done
curl -fsS "$GATEWAY/api/v1/evaluations?contractId=$CONTRACT" -H "Authorization: Bearer $BUYER" \
  | jq -c '.items[] | {type, status, opensOn, closesOn}'
MID="$(curl -fsS "$GATEWAY/api/v1/evaluations?contractId=$CONTRACT" -H "Authorization: Bearer $BUYER" | jq -r '.items[] | select(.type == "MID_TERM") | .id')"
for _ in $(seq 1 150); do
  MID2="$(curl -fsS "$GATEWAY/api/v1/evaluations?contractId=$CONTRACT2" -H "Authorization: Bearer $BUYER" \
    | jq -r '.items[] | select(.type == "MID_TERM") | .id')"
  [[ -n "$MID2" ]] && break
  sleep 0.2
done

step "星光敬老协会 reports February to June (进度报告): 6 of 12 trainings and 78 of 156 bulletins by mid-term"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT/progress-reports" -H "Authorization: Bearer $STARLIGHT" \
  -H 'Content-Type: application/json' -d "{\"periodFrom\":\"$NEXT_YEAR-02-01\",\"periodTo\":\"$NEXT_YEAR-06-30\",\"narrative\":\"二至六月服务进展\",
  \"items\":[{\"deliverable\":1,\"quantity\":5,\"evidence\":[\"培训签到表-2至6月.pdf\"]},{\"deliverable\":2,\"quantity\":65}]}"
echo "    北京市助残公益基金会 reports 4 of the 12 rehabilitation sessions due by mid-term"
curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/contracts/$CONTRACT2/progress-reports" -H "Authorization: Bearer $ZHUCAN" \
  -H 'Content-Type: application/json' -d "{\"periodFrom\":\"$NEXT_YEAR-01-01\",\"periodTo\":\"$NEXT_YEAR-06-30\",\"narrative\":\"上半年康复训练进展\",
  \"items\":[{\"deliverable\":1,\"quantity\":4,\"evidence\":[\"康复训练记录-上半年.pdf\"]}]}"

step "on 2 July $NEXT_YEAR (evaluation-service's clock moves there) the mid-term window opens and an agency is drawn, reproducibly"
# credit-service records a result on the day it was completed, never a day in its future: its clock goes too
CREDIT_SERVICE="${GOVBUY_CREDIT_SERVICE_URL:-http://127.0.0.1:8085}"
for service in "$EVALUATION_SERVICE" "$CREDIT_SERVICE"; do
  curl -fsS -X PUT "$service/api/v1/operations/clock" -H "Authorization: Bearer $OPS" \
    -H 'Content-Type: application/json' -d "{\"travelTo\":\"$NEXT_YEAR-07-01T16:00:05Z\"}" >/dev/null
done
for _ in $(seq 1 150); do
  [[ "$(curl -fsS "$GATEWAY/api/v1/evaluations/$MID" -H "Authorization: Bearer $BUYER" | jq -r .status)" == OPEN ]] && break
  sleep 0.2
done
curl -fsS "$GATEWAY/api/v1/evaluations/$MID" -H "Authorization: Bearer $BUYER" \
  | jq -c '{status, agencyId, seed: .draw.seed, order: [.draw.order[] | "\(.position) \(.agencyId)"], excluded: .draw.exclusions}'
AGENCY="$(curl -fsS "$GATEWAY/api/v1/evaluations/$MID" -H "Authorization: Bearer $BUYER" | jq -r .agencyId)"
evaluator_of() {
  case "$1" in
    AGENCY-BJ-001) token_of evaluator.huapu ;;
    AGENCY-BJ-002) token_of evaluator.boyuan ;;
    *) token_of evaluator.xingguang ;;
  esac
}
EVALUATOR="$(evaluator_of "$AGENCY")"

# the purchaser issues <count> codes for an evaluation (kept in CODES); recipients answer with the first ones, without a login
survey() {
  local evaluation="$1" count="$2" i=0
  shift 2
  mapfile -t CODES < <(curl -fsS -X POST "$GATEWAY/api/v1/evaluations/$evaluation/survey-codes" -H "Authorization: Bearer $BUYER" \
    -H 'Content-Type: application/json' -d "{\"count\":$count}" | jq -r '.codes[]')
  echo "    $count codes issued, e.g. ${CODES[0]}; $# recipients answer"
  for answer in "$@"; do
    curl -fsS -o /dev/null -X POST "$GATEWAY/api/v1/public/evaluations/survey-responses" -H 'Content-Type: application/json' \
      -d "{\"code\":\"${CODES[$i]}\",\"satisfaction\":$answer}"
    i=$((i + 1))
  done
}
# the agency's and the purchaser's points for QUALITY-1, QUALITY-2, FUNDS-1, FUNDS-2, DEVELOPMENT-1, DEVELOPMENT-2
scores() {
  jq -nc --argjson p "[$1]" '{scores: [["QUALITY-1","服务规范"],["QUALITY-2","服务成效"],["FUNDS-1","资金使用合规"],["FUNDS-2","财务管理"],
    ["DEVELOPMENT-1","内部治理"],["DEVELOPMENT-2","人才队伍"]] | to_entries
    | map({subIndicator: .value[0], points: $p[.key], reason: "\(.value[1])：见评估报告", evidence: ["中期评估报告-\(.value[0]).pdf"]})}'
}
score_and_propose() {
  local evaluation="$1" agency_token="$2" agency_points="$3" purchaser_points="$4"
  curl -fsS -o /dev/null -X PUT "$GATEWAY/api/v1/evaluations/$evaluation/agency-scores" -H "Authorization: Bearer $agency_token" \
    -H 'Content-Type: application/json' -d "$(scores "$agency_points")"
  curl -fsS -o /dev/null -X PUT "$GATEWAY/api/v1/evaluations/$evaluation/purchaser-scores" -H "Authorization: Bearer $BUYER" \
    -H 'Content-Type: application/json' -d "$(scores "$purchaser_points")"
  curl -fsS -X POST "$GATEWAY/api/v1/evaluations/$evaluation/proposal" -H "Authorization: Bearer $BUYER" \
    | jq -c '{status, score, grade, objectionDueOn, breakdown: [.breakdown[] | "\(.indicator) \(.measuredBy) \(.points)/\(.weight)"]}'
}

step "recipients answer the satisfaction survey (服务对象满意度) with single-use printed codes, without a login"
survey "$MID" 8 5 5 4 5 4 5
echo "    the same code a second time is refused:"
curl -sS -X POST "$GATEWAY/api/v1/public/evaluations/survey-responses" -H 'Content-Type: application/json' \
  -d "{\"code\":\"${CODES[0]}\",\"satisfaction\":1}" | jq -c '{status, detail}'
curl -fsS "$GATEWAY/api/v1/evaluations/$MID/survey" -H "Authorization: Bearer $BUYER" | jq -c 'del(.scale)'

step "the drawn agency ($AGENCY) scores with evidence, the purchaser gives its own assessment, and proposes the result"
score_and_propose "$MID" "$EVALUATOR" 9,9,9,8,4,5 9,10,9,9,5,4
echo "    the other agency can neither read nor score it:"
OTHER="$([[ "$AGENCY" == AGENCY-BJ-001 ]] && token_of evaluator.boyuan || token_of evaluator.huapu)"
curl -sS -o /dev/null -w '    HTTP %{http_code}\n' "$GATEWAY/api/v1/evaluations/$MID" -H "Authorization: Bearer $OTHER"

step "星光敬老协会 sees its scores with reasons (not the evidence) and accepts: the result is final and public"
curl -fsS "$GATEWAY/api/v1/evaluations/$MID/scores" -H "Authorization: Bearer $STARLIGHT" | jq -c '.[0] | {assessor, subIndicator, points, reason, evidence}'
curl -fsS -X POST "$GATEWAY/api/v1/evaluations/$MID/acceptance" -H "Authorization: Bearer $STARLIGHT" | jq -c '{status, grade, completedOn}'
curl -fsS "$GATEWAY/api/v1/public/evaluations/$MID" | jq -c '{subject, supplierName, type, score, grade, completedOn}'

step "the result releases the mid-term installment (contract-service) and is a credit record (credit-service)"
# what a mid-term result did in the other services, once the event has reached them: the contract's mid-term
# installment (contract-service) and the supplier's credit record (credit-service; read by its registrar)
mid_term_installment() {
  for _ in $(seq 1 150); do
    [[ "$(curl -fsS "$GATEWAY/api/v1/contracts/$1/payments" -H "Authorization: Bearer $BUYER" | jq -r '.installments[1].releasedAt')" != null ]] && break
    sleep 0.2
  done
  curl -fsS "$GATEWAY/api/v1/contracts/$1/payments" -H "Authorization: Bearer $BUYER" \
    | jq -c '.installments[1] | {number, trigger, amount, payable, withheld, grade, rectificationRequired}'
}
evaluation_credit_record() {
  for _ in $(seq 1 150); do
    curl -fsS "$GATEWAY/api/v1/suppliers/$1/credit-records?size=200" -H "Authorization: Bearer $2" \
      | jq -e '.items[] | select(.kind == "PERFORMANCE_EVALUATION")' >/dev/null && break
    sleep 0.2
  done
  curl -fsS "$GATEWAY/api/v1/suppliers/$1/credit-records?size=200" -H "Authorization: Bearer $2" \
    | jq -c '.items[] | select(.kind == "PERFORMANCE_EVALUATION") | {kind, severity, positive, source, status, reason}'
  echo "    and its credit level (信用等级) as the public reads it, with the score it comes from:"
  jq -cn --argjson profile "$(curl -fsS "$GATEWAY/api/v1/public/suppliers/$1")" \
    --argjson report "$(curl -fsS "$GATEWAY/api/v1/suppliers/$1/credit-report" -H "Authorization: Bearer $2")" \
    '{name: $profile.name, creditLevel: $profile.creditLevel, score: $report.score.score, asOf: $report.score.asOf}'
}
mid_term_installment "$CONTRACT"
evaluation_credit_record 51110108MJ00000025 "$CIVIL"

step "北京市助残公益基金会's mid-term, by the agency drawn for it: 4 of 12 sessions, less satisfied recipients, low scores"
AGENCY2="$(curl -fsS "$GATEWAY/api/v1/evaluations/$MID2" -H "Authorization: Bearer $BUYER" | jq -r .agencyId)"
curl -fsS "$GATEWAY/api/v1/evaluations/$MID2" -H "Authorization: Bearer $(evaluator_of "$AGENCY2")" | jq -c '{status, supplierName, agencyId}'
survey "$MID2" 6 2 3 2 3 2
curl -fsS "$GATEWAY/api/v1/evaluations/$MID2/survey" -H "Authorization: Bearer $BUYER" | jq -c 'del(.scale)'
score_and_propose "$MID2" "$(evaluator_of "$AGENCY2")" 4,4,6,5,2,2 5,4,6,6,3,2

step "it accepts the fail: rectification (整改) is ordered by a deadline and re-evaluated; the installment is withheld and the fail is a credit record"
curl -fsS -X POST "$GATEWAY/api/v1/evaluations/$MID2/acceptance" -H "Authorization: Bearer $ZHUCAN" \
  | jq -c '{status, grade, rectificationRequired, rectificationDueOn}'
curl -fsS "$GATEWAY/api/v1/evaluations?contractId=$CONTRACT2" -H "Authorization: Bearer $BUYER" \
  | jq -c '.items[] | select(.reEvaluation) | {type, reEvaluation, status, reason}'
mid_term_installment "$CONTRACT2"
evaluation_credit_record 53110000MJ00000039 "$(token_of civil.beijing)"
for service in "$EVALUATION_SERVICE" "$CREDIT_SERVICE"; do
  curl -fsS -X DELETE "$service/api/v1/operations/clock" -H "Authorization: Bearer $OPS" >/dev/null
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
