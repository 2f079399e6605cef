#include "inventory/ChangeSet.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace opsdeck {

namespace {

QVariant jsonText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // A scalar: wrap in an array and strip the brackets, so it stays valid JSON.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

} // namespace

ChangeSet::ChangeSet(QSqlDatabase& db, qint64 now, QString operatorName)
    : m_db(db), m_now(now), m_operator(std::move(operatorName)), m_auditInsert(db)
{}

Result<QSqlQuery> ChangeSet::exec(const QString& sql, const QVariantList& bindings)
{
    return Database::exec(m_db, sql, bindings);
}

Status ChangeSet::audit(const QString& entity, const QString& entityId, const QString& action,
                        const QJsonValue& before, const QJsonValue& after, const QString& reason)
{
    if (!m_auditPrepared) {
        if (!m_auditInsert.prepare(
                QStringLiteral("INSERT INTO audit_log (time, operator, entity, entity_id, action, "
                               "before, after, reason) VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''))")))
            return Database::sqlError(
                QCoreApplication::translate("Inventory", "writing the audit log failed"),
                m_auditInsert.lastError());
        m_auditPrepared = true;
    }
    m_auditInsert.bindValue(0, m_now);
    m_auditInsert.bindValue(1, m_operator);
    m_auditInsert.bindValue(2, entity);
    m_auditInsert.bindValue(3, entityId);
    m_auditInsert.bindValue(4, action);
    m_auditInsert.bindValue(5, jsonText(before));
    m_auditInsert.bindValue(6, jsonText(after));
    m_auditInsert.bindValue(7, reason);
    if (!m_auditInsert.exec())
        return Database::sqlError(QCoreApplication::translate("Inventory", "writing the audit log failed"),
                                  m_auditInsert.lastError());
    ++m_auditRows;
    return {};
}

} // namespace opsdeck
