#pragma once

#include "util/Result.h"

#include <QJsonValue>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace opsdeck {

// One open inventory transaction: the statements of a change and the audit rows
// that describe it, committed or rolled back together. Only InventoryWriter::change
// makes one, so no change reaches the database without its audit row.
class ChangeSet
{
public:
    QSqlDatabase& db() { return m_db; }
    qint64 now() const { return m_now; } // epoch seconds, one value for the whole change
    const QString& operatorName() const { return m_operator; }

    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {});

    // One audit row: `entity` (machine, node, binding, url, unit, relation, service,
    // import), its name or path, the action, the state before and after (Null for
    // none) and the operator's reason.
    Status audit(const QString& entity, const QString& entityId, const QString& action,
                 const QJsonValue& before, const QJsonValue& after, const QString& reason = {});
    int auditRows() const { return m_auditRows; }

private:
    friend class InventoryWriter;
    ChangeSet(QSqlDatabase& db, qint64 now, QString operatorName);

    QSqlDatabase& m_db;
    qint64 m_now;
    QString m_operator;
    int m_auditRows = 0;
    QSqlQuery m_auditInsert;
    bool m_auditPrepared = false;
};

} // namespace opsdeck
