#include "charts/HostPageMounts.h"

#include <QSqlQuery>

namespace opsdeck::HostPageMounts {

Result<DeviceMounts> read(Database& db, const QString& machine)
{
    auto c = db.tryConnection();
    if (!c.ok())
        return c.error();
    auto q = Database::exec(*c,
                            QStringLiteral("SELECT mm.key, mm.value FROM machine_meta mm JOIN machines m ON "
                                           "m.id = mm.machine_id WHERE m.name = ? AND mm.key LIKE ?"),
                            {machine, QStringLiteral("disk-usage-%-mount")});
    if (!q.ok())
        return q.error();
    static const QString prefix = QStringLiteral("disk-usage-");
    static const QString suffix = QStringLiteral("-mount");
    DeviceMounts out;
    while (q->next()) {
        const QString key = q->value(0).toString();
        if (!key.startsWith(prefix) || !key.endsWith(suffix) || key.size() <= prefix.size() + suffix.size())
            continue;
        const QStringList mounts = parse(q->value(1).toString());
        if (!mounts.isEmpty())
            out.insert(key.mid(prefix.size(), key.size() - prefix.size() - suffix.size()), mounts);
    }
    return out;
}

QStringList parse(const QString& value)
{
    QStringList out;
    for (const QString& line : value.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !out.contains(line))
            out << line;
    }
    return out;
}

} // namespace opsdeck::HostPageMounts
