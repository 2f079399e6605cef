#include "StatusBarController.h"

#include "collector/CollectorService.h"
#include "engine/Engine.h"
#include "metrics/MetricStore.h"
#include "sources/PollScheduler.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QStatusBar>

namespace opsdeck {

StatusBarController::StatusBarController(Engine& engine, QStatusBar* bar, QObject* parent)
    : QObject(parent), m_collector(engine.collector()), m_store(engine.metricStore()),
      m_poller(engine.pollScheduler())
{
    m_database = new QLabel(bar);
    m_database->setObjectName(QStringLiteral("statusDatabase"));
    m_database->setText(tr("Database: %1").arg(QDir::toNativeSeparators(engine.database().path())));
    m_database->setToolTip(tr("The local SQL cache this window works on (--db PATH or OPSDECK_DB to choose "
                              "another)"));
    m_storeLabel = new QLabel(bar);
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    m_storeLabel->setVisible(false);
    bar->addPermanentWidget(m_storeLabel);
    m_pollerLabel = new QLabel(bar);
    m_pollerLabel->setObjectName(QStringLiteral("statusPoller"));
    m_pollerLabel->setVisible(false);
    bar->addPermanentWidget(m_pollerLabel);
    m_collectorLabel = new QLabel(bar);
    m_collectorLabel->setObjectName(QStringLiteral("statusCollector"));
    bar->addPermanentWidget(m_collectorLabel);
    bar->addPermanentWidget(m_database);

    connect(&m_collector, &CollectorService::stateChanged, this, &StatusBarController::updateCollector);
    connect(&m_collector, &CollectorService::passFinished, this, &StatusBarController::updateCollector);
    connect(&m_collector, &CollectorService::passFailed, this, &StatusBarController::updateCollector);
    updateCollector();

    // The store reports from its own thread; the label follows on this one.
    connect(&m_store, &MetricStore::writeFailed, this, &StatusBarController::updateStore,
            Qt::QueuedConnection);
    connect(&m_store, &MetricStore::writeRecovered, this, &StatusBarController::updateStore,
            Qt::QueuedConnection);
    updateStore();
    connect(&m_poller, &PollScheduler::failed, this, &StatusBarController::updatePoller);
    connect(&m_poller, &PollScheduler::recovered, this, &StatusBarController::updatePoller);
    updatePoller();
}

namespace {

// "<what>: <error> (N failures since HH:MM:SS)" for a run of failures, empty for none.
QString failureText(const QString& what, const std::optional<FailureRecord>& failure)
{
    if (!failure)
        return {};
    const QString since =
        QDateTime::fromMSecsSinceEpoch(failure->firstAtMs).toString(QStringLiteral("HH:mm:ss"));
    return StatusBarController::tr("%1: %2 (%n failure(s) since %3)", nullptr, failure->failures)
        .arg(what, failure->error.message, since);
}

// A red field that shows only while there is something to say.
void showFailure(QLabel* label, const QString& text, const QString& hint)
{
    label->setText(text);
    label->setToolTip(text.isEmpty() ? QString() : hint);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(Qt::red));
    label->setPalette(p);
    label->setVisible(!text.isEmpty());
}

} // namespace

QString StatusBarController::pollerText() const
{
    return failureText(tr("Polling"), m_poller.lastFailure());
}

void StatusBarController::updatePoller()
{
    showFailure(m_pollerLabel, pollerText(), tr("See the Sources tab or opsdeck source status"));
}

QString StatusBarController::storeText() const
{
    if (const QString failing = failureText(tr("Metrics cache"), m_store.lastFailure()); !failing.isEmpty())
        return failing;
    // A retention setting that does not parse: the store runs on the default meanwhile.
    if (const Status retention = m_store.retentionStatus(); !retention.ok())
        return tr("Metrics cache: %1; the default retention is used until it is fixed (opsdeck metrics "
                  "retention)")
            .arg(retention.error().message);
    return {};
}

void StatusBarController::updateStore()
{
    showFailure(m_storeLabel, storeText(),
                tr("Samples that could not be written stay buffered and are written as soon as the database "
                   "accepts them again"));
}

QString StatusBarController::collectorText() const
{
    const qint64 last = m_collector.lastPassTime();
    const QString when =
        last > 0 ? QDateTime::fromSecsSinceEpoch(last).toString(QStringLiteral("HH:mm:ss")) : QString();
    switch (m_collector.state()) {
    case CollectorService::State::Idle:
        return tr("Collector: stopped");
    case CollectorService::State::Running: {
        const qsizetype warnings = m_collector.lastWarnings().size();
        if (last > 0 && warnings > 0)
            return tr("Collector: running, last pass %1, %n plugin warning(s)", nullptr, int(warnings))
                .arg(when);
        return last > 0 ? tr("Collector: running, last pass %1").arg(when)
                        : tr("Collector: running, first pass under way");
    }
    case CollectorService::State::Error:
        return tr("Collector error: %1").arg(m_collector.lastError());
    }
    return {};
}

void StatusBarController::updateCollector()
{
    m_collectorLabel->setText(collectorText());
    const bool failed = m_collector.state() == CollectorService::State::Error;
    const QStringList warnings = m_collector.lastWarnings();
    m_collectorLabel->setToolTip(failed ? m_collector.lastError()
                                 : warnings.isEmpty()
                                     ? tr("The local collector reads /proc every %1 s off the GUI thread")
                                           .arg(m_collector.intervalMs() / 1000.0)
                                     : warnings.join(QLatin1Char('\n')));
    QPalette p = m_collectorLabel->palette();
    p.setColor(QPalette::WindowText,
               failed ? QColor(Qt::red) : m_database->palette().color(QPalette::WindowText));
    m_collectorLabel->setPalette(p);
}

} // namespace opsdeck
