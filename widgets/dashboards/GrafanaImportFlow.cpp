#include "dashboards/GrafanaImportFlow.h"

#include "dashboards/GrafanaImportWriter.h"
#include "inventory/AsyncLoad.h"
#include "sources/SourceRepository.h"
#include "util/Clock.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>

namespace opsdeck {

namespace {
constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
} // namespace

GrafanaImportFlow::GrafanaImportFlow(std::shared_ptr<Database> db, QObject* parent)
    : QObject(parent), m_db(std::move(db))
{
    m_prompt = [](const GrafanaImporter::Unresolved& u) -> std::optional<QString> {
        QStringList ids;
        for (qint64 id : u.candidates)
            ids << QString::number(id);
        bool ok = false;
        const QString label =
            ids.isEmpty()
                ? tr("Which Opsdeck %1 source is the Grafana datasource %2? (a source id or URL)")
                      .arg(u.kind, u.datasource)
                : tr("Which Opsdeck %1 source is the Grafana datasource %2?").arg(u.kind, u.datasource);
        const QString answer =
            ids.isEmpty() ? QInputDialog::getText(QApplication::activeWindow(), tr("Import from Grafana"),
                                                  label, QLineEdit::Normal, {}, &ok)
                          : QInputDialog::getItem(QApplication::activeWindow(), tr("Import from Grafana"),
                                                  label, ids, 0, false, &ok);
        if (!ok || answer.trimmed().isEmpty())
            return std::nullopt;
        return answer.trimmed();
    };
}

void GrafanaImportFlow::startFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        emit failed(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    if (f.size() > kMaxBytes) {
        emit failed(tr("%1 is too large for a Grafana dashboard").arg(path));
        return;
    }
    start(f.readAll());
}

void GrafanaImportFlow::start(const QByteArray& json)
{
    m_json = json;
    m_datasources.clear();
    m_pending.reset();
    run();
}

void GrafanaImportFlow::run()
{
    using Outcome = GrafanaImporter::Outcome;
    runAsync<Outcome>(
        this,
        [db = m_db, json = m_json, datasources = m_datasources]() -> Result<Outcome> {
            auto sources = SourceRepository(db).list();
            if (!sources.ok())
                return sources.error();
            GrafanaImporter::Options options;
            options.datasources = datasources;
            options.sources = *sources;
            return GrafanaImporter::import(json, options);
        },
        [this](Result<Outcome> outcome) {
            if (!outcome.ok()) {
                emit failed(tr("Not a Grafana dashboard: %1").arg(outcome.error().message));
                return;
            }
            if (outcome->unresolved.isEmpty()) {
                finish(*outcome);
                return;
            }
            for (const auto& u : std::as_const(outcome->unresolved)) {
                const std::optional<QString> answer = m_prompt(u);
                if (!answer) {
                    emit failed(tr("Nothing imported: the Grafana datasource %1 has no Opsdeck source")
                                    .arg(u.datasource));
                    return;
                }
                m_datasources.insert(u.datasource, *answer);
            }
            run(); // again, with the answers
        });
}

void GrafanaImportFlow::finish(const GrafanaImporter::Outcome& outcome)
{
    if (outcome.taken.isEmpty()) {
        emit failed(tr("Nothing imported: none of the %n panel(s) could be taken", nullptr,
                       int(outcome.skipped.size())));
        return;
    }
    QStringList skipped;
    for (const auto& s : outcome.skipped)
        skipped << tr("%1 (%2): %3").arg(s.title, s.grafanaType, s.reason);
    QString summary = tr("Dashboard %1 imported from Grafana: %2 panel(s) taken, %3 left out")
                          .arg(outcome.dashboard.name)
                          .arg(outcome.taken.size())
                          .arg(outcome.skipped.size());
    if (!outcome.added.isEmpty())
        summary +=
            tr("; %n source(s) to add for the queries no source polls", nullptr, int(outcome.added.size()));
    m_pending = outcome;
    emit imported(outcome.dashboard, summary, skipped);
}

void GrafanaImportFlow::save(bool replace)
{
    if (!m_pending) {
        emit failed(tr("Nothing to save: import a Grafana dashboard first"));
        return;
    }
    using Outcome = GrafanaImporter::Outcome;
    runAsync<Outcome>(
        this,
        [db = m_db, outcome = *m_pending, replace]() mutable -> Result<Outcome> {
            if (auto st = GrafanaImportWriter::save(db, outcome, replace, Clock::system().nowSecs());
                !st.ok())
                return st.error();
            return outcome;
        },
        [this](Result<Outcome> done) {
            if (!done.ok()) {
                emit failed(tr("Not saved: %1").arg(done.error().message));
                return;
            }
            m_pending.reset();
            QStringList added;
            for (const auto& a : std::as_const(done->added))
                added << tr("source %1 (a copy of source %2) polls %3 for %4")
                             .arg(a.source.id)
                             .arg(a.basedOn)
                             .arg(a.source.query, a.panels.join(QStringLiteral(", ")));
            QStringList skipped;
            for (const auto& s : std::as_const(done->skipped))
                skipped << tr("%1 (%2): %3").arg(s.title, s.grafanaType, s.reason);
            QString summary = tr("Dashboard %1 imported from Grafana: %2 panel(s) taken, %3 left out")
                                  .arg(done->dashboard.name)
                                  .arg(done->taken.size())
                                  .arg(done->skipped.size());
            QStringList ids;
            for (const auto& a : std::as_const(done->added))
                ids << QString::number(a.source.id);
            if (!ids.isEmpty())
                summary += tr("; sources added: %1").arg(ids.join(QStringLiteral(", ")));
            QStringList details;
            if (!skipped.isEmpty())
                details << tr("Left out:\n%1").arg(skipped.join(QLatin1Char('\n')));
            if (!added.isEmpty())
                details << tr("Sources added:\n%1").arg(added.join(QLatin1Char('\n')));
            emit saved(done->dashboard.name, summary, details.join(QStringLiteral("\n\n")));
        });
}

} // namespace opsdeck
