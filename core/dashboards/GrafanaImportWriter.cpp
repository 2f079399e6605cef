#include "dashboards/GrafanaImportWriter.h"

#include "dashboards/DashboardStore.h"
#include "sources/SourceRepository.h"

#include <QCoreApplication>

namespace opsdeck::GrafanaImportWriter {

Status save(const std::shared_ptr<Database>& db, GrafanaImporter::Outcome& outcome, bool replace,
            qint64 nowSecs)
{
    const auto cannotAdd = [](const GrafanaImporter::Added& a, const Error& e) {
        return Error{e.code, QCoreApplication::translate("GrafanaImportWriter", "cannot add %1: %2")
                                 .arg(GrafanaImporter::describe(a), e.message)};
    };
    for (const auto& a : std::as_const(outcome.added))
        if (auto st = SourceRepository::validate(a.source); !st.ok())
            return cannotAdd(a, st.error());
    const SourceRepository sources(db);
    QList<qint64> ids;
    auto st = DashboardStore(db).save(outcome.dashboard, replace, [&]() -> Status {
        ids.clear();
        for (const auto& a : std::as_const(outcome.added)) {
            auto id = sources.add(a.source, nowSecs);
            if (!id.ok())
                return cannotAdd(a, id.error());
            ids << *id;
        }
        return {};
    });
    if (!st.ok())
        return st;
    for (qsizetype i = 0; i < outcome.added.size(); ++i)
        outcome.added[i].source.id = ids.at(i);
    for (auto& t : outcome.taken)
        if (t.added >= 0)
            t.sourceId = ids.at(t.added);
    return {};
}

} // namespace opsdeck::GrafanaImportWriter
