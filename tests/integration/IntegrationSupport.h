#pragma once

#include "RealServer.h"
#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace opsdeck::test {

// Adds a machine to the database behind `db` (the inventory CLI may not be there).
inline bool addMachine(Database& db, const QString& name, const QString& address)
{
    QSqlDatabase c = db.connection();
    return Database::exec(
               c, QStringLiteral("INSERT OR IGNORE INTO pools (name, created_at) VALUES ('default', 0)"))
               .ok() &&
           Database::exec(c,
                          QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                         "VALUES (?, ?, (SELECT id FROM pools WHERE name = 'default'), 0)"),
                          {name, address})
               .ok();
}

// `opsdeck --db PATH args...`
inline CliRun opsdeck(const QString& dbPath, const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("--db"), dbPath} + args);
}

inline QJsonObject jsonOf(const QByteArray& out)
{
    return QJsonDocument::fromJson(out).object();
}

// Every stored point of one series in [from, to], as (timestamp -> value).
inline QMap<qint64, double> storedPoints(const std::shared_ptr<Database>& db, const QString& machine,
                                         const QString& metric, const QString& source, qint64 from, qint64 to)
{
    MetricStore store(db);
    MetricQuery q;
    q.machine = machine;
    q.metric = metric;
    q.source = source;
    q.from = from;
    q.to = to;
    QMap<qint64, double> out;
    auto data = store.query(q);
    if (!data.ok()) {
        qWarning("query %s/%s/%s: %s", qPrintable(machine), qPrintable(metric), qPrintable(source),
                 qPrintable(data.error().message));
        return out;
    }
    for (const SeriesPoint& p : data->points)
        if (p.value)
            out.insert(p.timestamp, *p.value);
    return out;
}

} // namespace opsdeck::test
