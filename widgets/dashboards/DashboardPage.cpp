#include "dashboards/DashboardPage.h"

#include "charts/ChartTimeline.h"
#include "dashboards/DashboardJson.h"
#include "dashboards/DashboardListModel.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/GrafanaImportFlow.h"
#include "dashboards/HomeDashboard.h"
#include "dashboards/PanelDialog.h"
#include "dashboards/PanelView.h"
#include "inventory/AsyncLoad.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollArea>
#include <QToolBar>
#include <QVBoxLayout>

namespace opsdeck {

DashboardPage::DashboardPage(MetricStore& metrics, std::shared_ptr<Database> db, QWidget* parent)
    : QWidget(parent), m_metrics(metrics), m_db(std::move(db))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_list = new DashboardListModel(this);
    m_picker = new QComboBox(this);
    m_picker->setObjectName(QStringLiteral("dashboardPicker"));
    m_picker->setModel(m_list);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    m_range->addItem(tr("Each panel's range"), 0);
    for (const auto& [text, secs] : {std::pair{tr("Last hour"), 3600},
                                     {tr("Last 4 hours"), 4 * 3600},
                                     {tr("Last day"), 86400},
                                     {tr("Last week"), 7 * 86400}})
        m_range->addItem(text, secs);
    // A tool bar, not a row of buttons: it folds what does not fit into its extension
    // menu, so the tab never widens the window.
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("dashboardBar"));
    auto action = [this, bar](const QString& text, const QString& tip, const QString& name,
                              void (DashboardPage::*slot)()) {
        QAction* a = bar->addAction(text, this, slot);
        a->setToolTip(tip);
        a->setStatusTip(tip);
        a->setObjectName(name);
        return a;
    };
    auto* label = new QLabel(tr("&Dashboard:"), bar);
    label->setBuddy(m_picker);
    bar->addWidget(label);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(12);
    bar->addWidget(m_picker);
    bar->addWidget(m_range);
    action(tr("Re&fresh"), tr("Read every panel again"), QStringLiteral("actionDashboardRefresh"),
           &DashboardPage::reload);
    bar->addSeparator();
    action(tr("New &Dashboard…"), tr("An empty dashboard of your own"), QStringLiteral("actionNewDashboard"),
           &DashboardPage::newDashboard);
    m_newPanel = action(tr("&New Panel…"), tr("Add a chart, value or table"),
                        QStringLiteral("actionNewPanel"), &DashboardPage::newPanel);
    m_editPanel = action(tr("&Edit Panel…"), tr("Change the selected panel (click one)"),
                         QStringLiteral("actionEditPanel"), &DashboardPage::editPanel);
    m_removePanel = action(tr("&Remove Panel"), tr("Remove the selected panel"),
                           QStringLiteral("actionRemovePanel"), &DashboardPage::removePanel);
    bar->addSeparator();
    action(tr("&Import…"), tr("A dashboard's JSON file"), QStringLiteral("actionImportDashboard"),
           &DashboardPage::importDashboard);
    action(tr("Import from &Grafana…"), tr("A Grafana dashboard's JSON: its Prometheus and Graphite panels"),
           QStringLiteral("actionImportGrafana"), &DashboardPage::importGrafana);
    action(tr("E&xport…"), tr("This dashboard as JSON"), QStringLiteral("actionExportDashboard"),
           &DashboardPage::exportDashboard);
    m_grafana = new GrafanaImportFlow(m_db, this);
    connect(m_grafana, &GrafanaImportFlow::failed, this, &DashboardPage::statusMessage);
    connect(m_grafana, &GrafanaImportFlow::imported, this,
            [this](const Dashboard& d, const QString& /*summary*/, const QStringList& /*skipped*/) {
                const bool exists = m_list->rowOf(d.name) >= 0;
                if (exists &&
                    QMessageBox::question(this, tr("Import from Grafana"),
                                          tr("A dashboard named %1 exists. Replace it?").arg(d.name)) !=
                        QMessageBox::Yes)
                    return;
                m_grafana->save(exists); // the dashboard and the sources it adds, then saved()
            });
    connect(m_grafana, &GrafanaImportFlow::saved, this,
            [this](const QString& name, const QString& summary, const QString& details) {
                emit statusMessage(summary);
                loadList(name);
                if (details.isEmpty())
                    return;
                auto* box = new QMessageBox(QMessageBox::Information, tr("Import from Grafana"),
                                            tr("%1.\n\n%2").arg(summary, details), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open(); // not modal to the event loop
            });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    scroll->setWidget(m_grid);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(scroll, 1);

    connect(m_picker, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (const Dashboard* d = m_list->dashboard(row); d && d->name != m_current.name) {
            m_current = *d;
            m_selected = -1;
            buildGrid();
            loadPanels();
        }
    });
    connect(m_picker, &QComboBox::activated, this, [this] { emit picked(m_current.name); });
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { loadPanels(); });
    m_current = *m_list->dashboard(0);
    buildGrid();
    loadPanels();
    loadList({});
}

PanelView* DashboardPage::panelView(int index) const
{
    return m_views.value(index);
}

namespace {
constexpr int kTimelineRange = -1; // the range box's entry for the charts' timeline
} // namespace

void DashboardPage::followTimeline(ChartTimeline* timeline)
{
    if (m_timeline || !timeline)
        return;
    m_timeline = timeline;
    m_range->addItem(tr("The charts' range"), kTimelineRange);
    connect(timeline, &ChartTimeline::rangeChanged, this, [this] {
        if (m_range->currentData().toInt() == kTimelineRange)
            loadPanels();
    });
}

PanelEvaluator::Range DashboardPage::range() const
{
    if (m_timeline && m_range->currentData().toInt() == kTimelineRange)
        return {m_timeline->from(), m_timeline->to()};
    const qint64 span = m_range->currentData().toLongLong();
    if (span <= 0)
        return {};
    const qint64 now = Clock::system().nowSecs();
    return {now - span, now};
}

void DashboardPage::buildGrid()
{
    qDeleteAll(m_views);
    m_views.clear();
    for (int i = 0; i < m_current.panels.size(); ++i) {
        const Panel& p = m_current.panels.at(i);
        auto* view = new PanelView(i, m_grid);
        view->showLoading(p);
        connect(view, &PanelView::clicked, this, &DashboardPage::select);
        m_gridLayout->addWidget(view, p.y, p.x, p.height, p.width);
        m_views << view;
    }
    for (int c = 0; c < 12; ++c)
        m_gridLayout->setColumnStretch(c, c < m_current.columns ? 1 : 0);
    updateActions();
}

void DashboardPage::loadPanels()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    MetricStore* metrics = &m_metrics;
    auto db = m_db;
    const Dashboard d = m_current;
    const PanelEvaluator::Range r = range();
    runAsync<QList<PanelData>>(
        this, [metrics, db, d, r] { return PanelEvaluator(*metrics, db).evaluate(d, r); },
        [this, generation](Result<QList<PanelData>> result) {
            if (generation != m_generation)
                return; // a newer load is on its way
            m_loading = false;
            if (!result.ok()) {
                emit statusMessage(tr("The dashboard could not be read: %1").arg(result.error().message));
                return;
            }
            m_grid->setUpdatesEnabled(false); // one repaint for all the panels, not one each
            for (int i = 0; i < result->size() && i < m_views.size(); ++i)
                m_views.at(i)->showData(result->at(i));
            m_grid->setUpdatesEnabled(true);
            emit loaded();
        });
}

void DashboardPage::loadList(const QString& selectName)
{
    auto db = m_db;
    runAsync<QList<DashboardStore::Entry>>(
        this, [db] { return DashboardStore(db).list(); },
        [this, selectName](Result<QList<DashboardStore::Entry>> result) {
            if (!result.ok()) {
                emit statusMessage(tr("The dashboards could not be listed: %1").arg(result.error().message));
                return;
            }
            QList<Dashboard> stored;
            for (const auto& e : std::as_const(*result))
                stored << e.dashboard;
            const QString keep = selectName.isEmpty() ? m_current.name : selectName;
            QSignalBlocker block(m_picker);
            m_list->setStored(stored);
            const int row = std::max(0, m_list->rowOf(keep));
            m_picker->setCurrentIndex(row);
            const Dashboard* now = m_list->dashboard(row);
            if (now && !(*now == m_current)) {
                m_current = *now;
                m_selected = -1;
                buildGrid();
                loadPanels();
            }
        });
}

void DashboardPage::reload()
{
    loadPanels();
    loadList({});
}

void DashboardPage::showDashboard(const QString& name)
{
    const int row = m_list->rowOf(name);
    if (row >= 0)
        m_picker->setCurrentIndex(row);
}

void DashboardPage::select(int index)
{
    m_selected = index;
    for (PanelView* v : std::as_const(m_views))
        v->setSelected(v->index() == index);
    updateActions();
}

void DashboardPage::updateActions()
{
    const bool own = !HomeDashboard::isHome(m_current.name);
    m_newPanel->setEnabled(own);
    m_newPanel->setToolTip(
        own ? tr("Add a chart, value or table")
            : tr("Home is built in: export it and import it under another name to change it"));
    m_editPanel->setEnabled(own && m_selected >= 0);
    m_removePanel->setEnabled(own && m_selected >= 0);
}

void DashboardPage::save(const Dashboard& d, bool replace, const QString& done)
{
    auto db = m_db;
    runAsync<bool>(
        this,
        [db, d, replace]() -> Result<bool> {
            if (auto st = DashboardStore(db).save(d, replace); !st.ok())
                return st.error();
            return true;
        },
        [this, d, done](Result<bool> result) {
            if (!result.ok()) {
                emit statusMessage(tr("Not saved: %1").arg(result.error().message));
                return;
            }
            emit statusMessage(done);
            loadList(d.name);
        });
}

void DashboardPage::newDashboard()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New Dashboard"), tr("Name (letters, digits, '_', '.', '-'):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    Dashboard d;
    d.name = name;
    d.title = name;
    d.columns = 2;
    save(d, false, tr("Dashboard %1 created").arg(name));
}

void DashboardPage::newPanel()
{
    Panel p;
    p.y = 0;
    for (const Panel& other : std::as_const(m_current.panels))
        p.y = std::max(p.y, other.y + other.height);
    PanelDialog dialog(p, m_current.columns, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Dashboard d = m_current;
    d.panels << dialog.panel();
    save(d, true, tr("Panel added to %1").arg(d.name));
}

void DashboardPage::editPanel()
{
    if (m_selected < 0 || m_selected >= m_current.panels.size())
        return;
    PanelDialog dialog(m_current.panels.at(m_selected), m_current.columns, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Dashboard d = m_current;
    d.panels[m_selected] = dialog.panel();
    save(d, true, tr("Panel changed in %1").arg(d.name));
}

void DashboardPage::removePanel()
{
    if (m_selected < 0 || m_selected >= m_current.panels.size())
        return;
    Dashboard d = m_current;
    d.panels.removeAt(m_selected);
    m_selected = -1;
    save(d, true, tr("Panel removed from %1").arg(d.name));
}

void DashboardPage::importDashboard()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Dashboard"), {},
                                                      tr("Dashboard JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        emit statusMessage(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    auto d = DashboardJson::parse(f.read(4 * 1024 * 1024));
    if (!d.ok()) {
        emit statusMessage(tr("%1 is not a dashboard: %2").arg(path, d.error().message));
        return;
    }
    bool replace = false;
    if (m_list->rowOf(d->name) >= 0) {
        if (QMessageBox::question(this, tr("Import Dashboard"),
                                  tr("A dashboard named %1 exists. Replace it?").arg(d->name)) !=
            QMessageBox::Yes)
            return;
        replace = true;
    }
    save(*d, replace, tr("Dashboard %1 imported").arg(d->name));
}

void DashboardPage::importGrafana()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import from Grafana"), {},
                                                      tr("Grafana dashboard JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_grafana->startFile(path);
}

void DashboardPage::exportDashboard()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Dashboard"), m_current.name + QStringLiteral(".json"),
                                     tr("Dashboard JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile f(path);
    const QByteArray text = DashboardJson::serialize(m_current);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit()) {
        emit statusMessage(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    emit statusMessage(tr("Dashboard %1 exported to %2").arg(m_current.name, path));
}

} // namespace opsdeck
