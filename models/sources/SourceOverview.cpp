#include "sources/SourceOverview.h"

#include "sources/SourceRepository.h"

#include <QCoreApplication>
#include <QHash>

Q_LOGGING_CATEGORY(lcSourceModels, "opsdeck.models.sources")

namespace opsdeck::SourceOverview {

Result<QList<SourceSummary>> loadSummaries(const std::shared_ptr<Database>& db)
{
    SourceRepository repo(db);
    auto sources = repo.list();
    if (!sources.ok())
        return sources.error();
    auto statuses = repo.statuses();
    if (!statuses.ok())
        return statuses.error();
    QHash<qint64, QList<TargetStatus>> bySource;
    for (const TargetStatus& t : *statuses)
        bySource[t.sourceId] << t;

    QList<SourceSummary> out;
    out.reserve(sources->size());
    for (const Source& s : *sources) {
        SourceSummary summary;
        summary.source = s;
        auto targets = repo.targets(s);
        // A node that vanished leaves the source listed, with the reason as its error.
        if (!targets.ok())
            summary.lastError = targets.error().message;
        const QList<TargetStatus> rows = bySource.value(s.id);
        QHash<QString, const TargetStatus*> status;
        for (const TargetStatus& t : rows)
            status.insert(t.machine, &t);
        if (targets.ok()) {
            summary.targets = int(targets->size());
            for (const PollTarget& target : *targets) {
                const TargetStatus* t = status.value(target.machine);
                const TargetState state = t ? t->state : TargetState::Stale;
                summary.ok += state == TargetState::Ok;
                summary.stale += state == TargetState::Stale;
                summary.down += state == TargetState::Down;
            }
        }
        for (const TargetStatus& t : rows) {
            summary.malformedTotal += t.malformedTotal;
            if (summary.lastError.isEmpty() && !t.lastError.isEmpty())
                summary.lastError =
                    s.nodePath.isEmpty() ? t.lastError : t.machine + QStringLiteral(": ") + t.lastError;
        }
        out << summary;
    }
    return out;
}

Result<QList<SourceTargetRow>> loadTargets(const std::shared_ptr<Database>& db, qint64 sourceId)
{
    SourceRepository repo(db);
    auto source = repo.get(sourceId);
    if (!source.ok())
        return source.error();
    auto statuses = repo.statuses(sourceId);
    if (!statuses.ok())
        return statuses.error();
    auto targets = repo.targets(*source);
    if (!targets.ok())
        return targets.error();
    QHash<QString, TargetStatus> byMachine;
    for (const TargetStatus& t : *statuses)
        byMachine.insert(t.machine, t);
    QList<SourceTargetRow> out;
    out.reserve(targets->size());
    for (const PollTarget& target : *targets) {
        SourceTargetRow row;
        row.machine = target.machine;
        const auto it = byMachine.constFind(target.machine);
        row.polled = it != byMachine.constEnd();
        if (row.polled) {
            row.status = *it;
        } else {
            row.status.sourceId = sourceId;
            row.status.machine = target.machine;
        }
        out << row;
    }
    return out;
}

QString stateText(TargetState state)
{
    switch (state) {
    case TargetState::Ok:
        return QCoreApplication::translate("SourceOverview", "ok");
    case TargetState::Stale:
        return QCoreApplication::translate("SourceOverview", "stale");
    case TargetState::Down:
        return QCoreApplication::translate("SourceOverview", "down");
    }
    return {};
}

QColor stateColor(TargetState state)
{
    switch (state) {
    case TargetState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case TargetState::Stale:
        return QColor(0xb2, 0x6a, 0x00);
    case TargetState::Down:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

} // namespace opsdeck::SourceOverview
