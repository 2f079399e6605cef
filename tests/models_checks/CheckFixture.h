#pragma once

// Checks on top of the models' small inventory (../models/InventoryFixture.h), written
// through the real stores:
//
//   shop-http  http, bound to node shop (targets web01, web02, db01), critical:
//              web01 failing (critical, "HTTP 503") since now-60 s, web02 and db01 passing
//   db-tcp     tcp, bound to machine db01, warning: db01 failing (warning, "slow")
//   site       http, bound to nothing, error: passing
//   alerts     site pending->passing at now-300 s, db-tcp at now-120 s, shop-http web01
//              passing->failing at now-60 s

#include "../models/InventoryFixture.h"
#include "checks/AlertStore.h"
#include "checks/CheckStateStore.h"
#include "checks/CheckStore.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QTest>

namespace opsdeck::test {

struct CheckIds
{
    qint64 shopHttp = 0;
    qint64 dbTcp = 0;
    qint64 site = 0;
};

inline CheckDefinition checkDef(const QString& name, CheckKind kind, Importance importance,
                                const QString& node = {}, const QString& machine = {})
{
    CheckDefinition d;
    d.name = name;
    d.kind = kind;
    d.importance = importance;
    d.nodePath = node;
    d.machine = machine;
    if (kind == CheckKind::Tcp)
        d.params = {{QStringLiteral("port"), 5432}};
    else
        d.params = {{QStringLiteral("url"), QStringLiteral("https://shop.example.com/health")}};
    return d;
}

inline CheckRuntime checkRuntime(qint64 check, const QString& target, CheckState state, CheckStatus status,
                                 qint64 sinceMs, const QString& message = {})
{
    CheckRuntime r;
    r.checkId = check;
    r.target = target;
    r.state = state;
    r.lastStatus = status;
    r.sinceMs = sinceMs;
    r.message = message;
    return r;
}

inline AlertEvent alertEvent(qint64 check, const QString& target, CheckState from, CheckState to,
                             CheckStatus status, Importance importance, qint64 atMs, const QString& message)
{
    AlertEvent e;
    e.checkId = check;
    e.target = target;
    e.from = from;
    e.to = to;
    e.status = status;
    e.importance = importance;
    e.atMs = atMs;
    e.message = message;
    return e;
}

inline CheckIds seedChecks(const std::shared_ptr<Database>& db, const Clock& clock)
{
    seedInventory(db);
    CheckStore checks(db, clock, QStringLiteral("alice"));
    auto must = [](auto r) {
        if (!r.ok())
            qFatal("seeding the checks failed: %s", qPrintable(r.error().message));
        return r;
    };
    CheckIds ids;
    ids.shopHttp = *must(checks.add(checkDef(QStringLiteral("shop-http"), CheckKind::Http,
                                             Importance::Critical, QStringLiteral("shop"))));
    ids.dbTcp = *must(checks.add(
        checkDef(QStringLiteral("db-tcp"), CheckKind::Tcp, Importance::Warning, {}, QStringLiteral("db01"))));
    ids.site = *must(checks.add(checkDef(QStringLiteral("site"), CheckKind::Http, Importance::Error)));
    const qint64 now = clock.nowMs();
    const QList<CheckRuntime> states{
        checkRuntime(ids.shopHttp, QStringLiteral("web01"), CheckState::Failing, CheckStatus::Critical,
                     now - 60000, QStringLiteral("HTTP 503")),
        checkRuntime(ids.shopHttp, QStringLiteral("web02"), CheckState::Passing, CheckStatus::Ok,
                     now - 600000),
        checkRuntime(ids.shopHttp, QStringLiteral("db01"), CheckState::Passing, CheckStatus::Ok,
                     now - 600000),
        checkRuntime(ids.dbTcp, QStringLiteral("db01"), CheckState::Failing, CheckStatus::Warning,
                     now - 120000, QStringLiteral("slow")),
        checkRuntime(ids.site, QString(), CheckState::Passing, CheckStatus::Ok, now - 300000),
    };
    const QList<AlertEvent> events{
        alertEvent(ids.site, QString(), CheckState::Pending, CheckState::Passing, CheckStatus::Ok,
                   Importance::Error, now - 300000, QStringLiteral("HTTP 200")),
        alertEvent(ids.dbTcp, QStringLiteral("db01"), CheckState::Pending, CheckState::Failing,
                   CheckStatus::Warning, Importance::Warning, now - 120000, QStringLiteral("slow")),
        alertEvent(ids.shopHttp, QStringLiteral("web01"), CheckState::Passing, CheckState::Failing,
                   CheckStatus::Critical, Importance::Critical, now - 60000, QStringLiteral("HTTP 503")),
    };
    (void)must(CheckStateStore(db, clock).record(states, events));
    return ids;
}

} // namespace opsdeck::test
