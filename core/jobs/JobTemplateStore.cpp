#include "jobs/JobTemplateStore.h"

#include "inventory/InventoryWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace opsdeck {
namespace {

JobTemplate templateFrom(const QSqlQuery& q)
{
    JobTemplate t;
    t.name = q.value(0).toString();
    t.kind = jobKindFromName(q.value(1).toString()).value_or(JobKind::Command);
    t.target = q.value(2).toString();
    t.options = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    t.createdMs = q.value(4).toLongLong();
    t.updatedMs = q.value(5).toLongLong();
    t.stamp = RowVersion::fromQuery(q, 6);
    return t;
}

const QString kColumns =
    QStringLiteral("name, kind, target, options, created_ms, updated_ms, version, changed_by, changed_at");

Result<std::optional<JobTemplate>> readTemplate(QSqlDatabase& db, const QString& name)
{
    auto q = Database::exec(db, QStringLiteral("SELECT %1 FROM job_templates WHERE name = ?").arg(kColumns),
                            {name});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<JobTemplate>{};
    return std::optional<JobTemplate>{templateFrom(*q)};
}

RowVersion::ReadRow templateRow(const JobTemplate& t)
{
    return {QCoreApplication::translate("JobTemplateStore", "job template '%1'").arg(t.name), t.stamp,
            QJsonObject{{QStringLiteral("name"), t.name},
                        {QStringLiteral("kind"), jobKindName(t.kind)},
                        {QStringLiteral("target"), t.target},
                        {QStringLiteral("options"), t.options},
                        {QStringLiteral("version"), t.stamp.version}}};
}

} // namespace

JobTemplateStore::JobTemplateStore(std::shared_ptr<Database> db)
    : m_db(std::move(db)), m_operator(InventoryWriter::osUserName())
{}

Status JobTemplateStore::save(const JobTemplate& t, qint64 nowMs, std::optional<qint64> expectedVersion) const
{
    if (t.name.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("JobTemplateStore", "a job template needs a name"));
    const QString options = QString::fromUtf8(QJsonDocument(t.options).toJson(QJsonDocument::Compact));
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto before = readTemplate(db, t.name);
        if (!before.ok())
            return before.error();
        if (!before->has_value()) {
            if (expectedVersion)
                return Error::refused(
                    QCoreApplication::translate(
                        "JobTemplateStore",
                        "job template '%1' was removed by another console; it was at version %2")
                        .arg(t.name)
                        .arg(*expectedVersion));
            auto q = Database::exec(
                db,
                QStringLiteral(
                    "INSERT INTO job_templates (name, kind, target, options, created_ms, updated_ms, "
                    "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?)"),
                {t.name, jobKindName(t.kind), t.target, options, nowMs, nowMs, m_operator, nowMs / 1000});
            return q.ok() ? Status{} : Status{q.error()};
        }
        return RowVersion::write(
            db, QStringLiteral("job_templates"),
            QStringLiteral("kind = ?, target = ?, options = ?, updated_ms = ?"),
            {jobKindName(t.kind), t.target, options, nowMs}, QStringLiteral("name"), t.name,
            templateRow(**before), expectedVersion, m_operator, nowMs / 1000,
            [&]() -> Result<RowVersion::ReadRow> {
                auto now = readTemplate(db, t.name);
                if (!now.ok())
                    return now.error();
                if (!now->has_value())
                    return Error::refused(
                        QCoreApplication::translate("JobTemplateStore",
                                                    "job template '%1' was removed by another console")
                            .arg(t.name));
                return templateRow(**now);
            });
    });
}

Result<JobTemplate> JobTemplateStore::get(const QString& name) const
{
    QSqlDatabase db = m_db->connection();
    auto t = readTemplate(db, name);
    if (!t.ok())
        return t.error();
    if (!t->has_value())
        return Error::notFound(
            QCoreApplication::translate("JobTemplateStore",
                                        "there is no job template %1 (see `opsdeck job template list`)")
                .arg(name));
    return **t;
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
        return Error::notFound(
            QCoreApplication::translate("JobTemplateStore", "there is no job template %1").arg(name));
    return {};
}

} // namespace opsdeck
