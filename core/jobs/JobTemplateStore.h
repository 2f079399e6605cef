#pragma once

#include "db/Database.h"
#include "jobs/JobTypes.h"
#include "util/Result.h"

#include <memory>

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
};

// The job_templates table (migration 0007). Any thread; each call is one statement on
// the caller's connection.
class JobTemplateStore
{
public:
    explicit JobTemplateStore(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Saves `t` under its name: a new template, or the same name's replaced (created_ms kept).
    Status save(const JobTemplate& t, qint64 nowMs) const;
    Result<JobTemplate> get(const QString& name) const;
    Result<QList<JobTemplate>> list() const; // by name
    Status remove(const QString& name) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
