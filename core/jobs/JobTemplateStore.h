#pragma once

#include "db/Database.h"
#include "db/RowVersion.h"
#include "jobs/JobTypes.h"
#include "util/Result.h"

#include <memory>
#include <optional>

namespace opsdeck {

// A job saved under a name (Loki's `tpl`): its kind, target and options, run again with
// `opsdeck job run NAME`.
struct JobTemplate
{
    QString name;
    JobKind kind = JobKind::Command;
    QString target;
    QJsonObject options; // as a job's options: never a secret
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    RowStamp stamp; // the version read (get, list), who wrote it and when
};

// The job_templates table (migration 0007). Any thread; each call is one statement on
// the caller's connection.
class JobTemplateStore
{
public:
    explicit JobTemplateStore(std::shared_ptr<Database> db);

    // Who a write's changed_by names; the OS user by default.
    void setOperatorName(QString name) { m_operator = std::move(name); }

    // Saves `t` under its name: a new template, or the same name's replaced (created_ms kept,
    // the version bumped). Replacing is refused (RowVersion) when `expectedVersion` is set
    // and the template is at another version (or is gone), or when another console wrote
    // it since this call read it.
    Status save(const JobTemplate& t, qint64 nowMs, std::optional<qint64> expectedVersion = {}) const;
    Result<JobTemplate> get(const QString& name) const;
    Result<QList<JobTemplate>> list() const; // by name
    Status remove(const QString& name) const;

private:
    std::shared_ptr<Database> m_db;
    QString m_operator;
};

} // namespace opsdeck
