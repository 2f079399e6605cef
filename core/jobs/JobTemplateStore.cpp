#include "jobs/JobTemplateStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace opsdeck {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("JobTemplateStore", text);
}

JobTemplate templateFrom(const QSqlQuery& q)
{
    JobTemplate t;
    t.name = q.value(0).toString();
    t.kind = jobKindFromName(q.value(1).toString()).value_or(JobKind::Command);
    t.target = q.value(2).toString();
    t.options = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    t.createdMs = q.value(4).toLongLong();
    t.updatedMs = q.value(5).toLongLong();
    return t;
}

const QString kColumns = QStringLiteral("name, kind, target, options, created_ms, updated_ms");

} // namespace

Status JobTemplateStore::save(const JobTemplate& t, qint64 nowMs) const
{
    if (t.name.trimmed().isEmpty())
        return Error::usage(tr("a job template needs a name"));
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(
        db,
        QStringLiteral(
            "INSERT INTO job_templates (name, kind, target, options, created_ms, updated_ms) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, "
            "target = excluded.target, options = excluded.options, updated_ms = excluded.updated_ms"),
        {t.name, jobKindName(t.kind), t.target,
         QString::fromUtf8(QJsonDocument(t.options).toJson(QJsonDocument::Compact)), nowMs, nowMs});
    if (!q.ok())
        return q.error();
    return {};
}

Result<JobTemplate> JobTemplateStore::get(const QString& name) const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT %1 FROM job_templates WHERE name = ?").arg(kColumns),
                            {name});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::notFound(tr("there is no job template %1 (see `opsdeck job template list`)").arg(name));
    return templateFrom(*q);
}

Result<QList<JobTemplate>> JobTemplateStore::list() const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT %1 FROM job_templates ORDER BY name").arg(kColumns));
    if (!q.ok())
        return q.error();
    QList<JobTemplate> out;
    while (q->next())
        out.append(templateFrom(*q));
    return out;
}

Status JobTemplateStore::remove(const QString& name) const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("DELETE FROM job_templates WHERE name = ?"), {name});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(tr("there is no job template %1").arg(name));
    return {};
}

} // namespace opsdeck
