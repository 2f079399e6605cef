#include "report/UsageReportDialog.h"

#include "inventory/AsyncLoad.h"
#include "inventory/MessageBanner.h"
#include "report/ReportChartWidget.h"
#include "report/UsageReportModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace opsdeck {

namespace {

struct PeriodChoice
{
    const char* label;
    qint64 secs; // 0: custom
};

constexpr PeriodChoice kPeriods[] = {{QT_TRANSLATE_NOOP("UsageReportDialog", "5 minutes"), 300},
                                     {QT_TRANSLATE_NOOP("UsageReportDialog", "1 hour"), 3600},
                                     {QT_TRANSLATE_NOOP("UsageReportDialog", "1 day"), 86400},
                                     {QT_TRANSLATE_NOOP("UsageReportDialog", "Custom (seconds)"), 0}};

constexpr UsageReport::Statistic kStatistics[] = {UsageReport::Statistic::Sum, UsageReport::Statistic::Max,
                                                  UsageReport::Statistic::Min, UsageReport::Statistic::Avg};

QString periodText(qint64 secs)
{
    for (const auto& [unit, suffix] : {std::pair{86400, 'd'}, {3600, 'h'}, {60, 'm'}})
        if (secs % unit == 0)
            return QString::number(secs / unit) + QLatin1Char(suffix);
    return QString::number(secs) + QLatin1Char('s');
}

} // namespace

UsageReportDialog::UsageReportDialog(MetricStore& store, const QString& machine, QWidget* parent)
    : QDialog(parent), m_store(store), m_model(new UsageReportModel(this))
{
    setWindowTitle(tr("Usage Report"));
    setObjectName(QStringLiteral("usageReportDialog"));
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("reportBanner"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart = new ReportChartWidget(this);
    m_chart->setObjectName(QStringLiteral("reportChart"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(1, 2);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(tr("&Run"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Run the report (Ctrl+Return)"));
    m_save = buttons->addButton(tr("&Save CSV…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveCsvButton"));
    m_save->setEnabled(false);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reportState"));
    connect(m_run, &QPushButton::clicked, this, &UsageReportDialog::run);
    connect(m_save, &QPushButton::clicked, this, &UsageReportDialog::saveCsvAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(buildForm());
    layout->addWidget(split, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    resize(900, 560);

    m_machine->setEditText(machine);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_chart->setChart({}, now - 86400, now);
    loadSeries();
}

UsageReportDialog::~UsageReportDialog() = default;

QWidget* UsageReportDialog::buildForm()
{
    auto* form = new QWidget(this);
    auto* fl = new QFormLayout(form);
    fl->setContentsMargins(0, 0, 0, 0);
    auto named = [](QWidget* w, const char* name) {
        w->setObjectName(QString::fromLatin1(name));
        return w;
    };
    m_machine = new QComboBox(form);
    m_machine->setEditable(true);
    m_metric = new QComboBox(form);
    m_metric->setEditable(true);
    m_param = new QLineEdit(form);
    m_param->setPlaceholderText(tr("eth0, sda, total or empty"));
    m_statistic = new QComboBox(form);
    for (auto s : kStatistics)
        m_statistic->addItem(UsageReport::statisticName(s), int(s));
    m_statistic->setCurrentIndex(m_statistic->findData(int(UsageReport::Statistic::Avg)));
    m_period = new QComboBox(form);
    for (const auto& p : kPeriods)
        m_period->addItem(tr(p.label), p.secs);
    m_customPeriod = new QSpinBox(form);
    m_customPeriod->setRange(60, 366 * 86400);
    m_customPeriod->setSingleStep(60);
    m_customPeriod->setValue(600);
    m_customPeriod->setSuffix(tr(" s"));
    m_customPeriod->setEnabled(false);
    auto* periodRow = new QWidget(form);
    auto* pl = new QHBoxLayout(periodRow);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(m_period);
    pl->addWidget(m_customPeriod, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this] { m_customPeriod->setEnabled(m_period->currentData().toLongLong() == 0); });

    const QDateTime now = QDateTime::currentDateTime();
    m_from = new QDateTimeEdit(now.addDays(-1), form);
    m_to = new QDateTimeEdit(now, form);
    for (auto* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    auto* rangeRow = new QWidget(form);
    auto* rl = new QHBoxLayout(rangeRow);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_from, 1);
    rl->addWidget(new QLabel(tr("to"), rangeRow));
    rl->addWidget(m_to, 1);

    fl->addRow(tr("&Machine:"), named(m_machine, "machineCombo"));
    fl->addRow(tr("M&etric:"), named(m_metric, "metricCombo"));
    fl->addRow(tr("&Parameter:"), named(m_param, "paramEdit"));
    fl->addRow(tr("&Statistic:"), named(m_statistic, "statisticCombo"));
    fl->addRow(tr("P&eriod:"), periodRow);
    named(m_period, "periodCombo");
    named(m_customPeriod, "customPeriodSpin");
    named(m_from, "fromEdit");
    named(m_to, "toEdit");
    fl->addRow(tr("R&ange:"), rangeRow);
    connect(m_machine, &QComboBox::currentTextChanged, this, &UsageReportDialog::fillMetrics);
    return form;
}

void UsageReportDialog::loadSeries()
{
    MetricStore* store = &m_store;
    runAsync<QList<SeriesInfo>>(
        this, [store] { return store->listSeries(); },
        [this](Result<QList<SeriesInfo>> series) {
            if (!series.ok()) {
                m_banner->showError(tr("Cannot list the cached series: %1").arg(series.error().message));
                return;
            }
            m_metrics.clear();
            for (const auto& info : std::as_const(*series)) {
                QStringList& keys = m_metrics[info.key.machine];
                if (!keys.contains(info.key.metric))
                    keys.append(info.key.metric);
            }
            QStringList machines = m_metrics.keys();
            machines.removeAll(QString()); // series of no machine (Graphite paths) need one
            machines.sort();
            const QString shown = m_machine->currentText();
            const QSignalBlocker block(m_machine);
            m_machine->clear();
            m_machine->addItems(machines);
            m_machine->setEditText(shown);
            fillMetrics();
            emit seriesLoaded();
        });
}

void UsageReportDialog::fillMetrics()
{
    const QString shown = m_metric->currentText();
    QStringList keys = m_metrics.value(m_machine->currentText());
    keys.sort();
    const QSignalBlocker block(m_metric);
    m_metric->clear();
    m_metric->addItems(keys);
    m_metric->setEditText(shown.isEmpty() && !keys.isEmpty() ? keys.first() : shown);
}

UsageReport::Request UsageReportDialog::request() const
{
    UsageReport::Request r;
    r.machine = m_machine->currentText().trimmed();
    r.metric = m_metric->currentText().trimmed();
    r.param = m_param->text().trimmed();
    r.statistic = static_cast<UsageReport::Statistic>(m_statistic->currentData().toInt());
    const qint64 period = m_period->currentData().toLongLong();
    r.period = period > 0 ? period : m_customPeriod->value();
    r.from = m_from->dateTime().toSecsSinceEpoch();
    r.to = m_to->dateTime().toSecsSinceEpoch();
    return r;
}

void UsageReportDialog::setRequest(const UsageReport::Request& r)
{
    m_machine->setEditText(r.machine);
    m_metric->setEditText(r.metric);
    m_param->setText(r.param);
    m_statistic->setCurrentIndex(m_statistic->findData(int(r.statistic)));
    const int preset = m_period->findData(r.period);
    if (preset >= 0 && r.period > 0) {
        m_period->setCurrentIndex(preset);
    } else {
        m_period->setCurrentIndex(m_period->findData(qint64(0)));
        m_customPeriod->setValue(
            int(std::clamp<qint64>(r.period, m_customPeriod->minimum(), m_customPeriod->maximum())));
    }
    m_from->setDateTime(QDateTime::fromSecsSinceEpoch(r.from));
    m_to->setDateTime(QDateTime::fromSecsSinceEpoch(r.to));
}

void UsageReportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_run->setEnabled(!busy);
    m_save->setEnabled(!busy && !m_model->isEmpty());
    m_state->setText(busy ? tr("Running the report…") : QString());
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void UsageReportDialog::run()
{
    const UsageReport::Request r = request();
    if (r.machine.isEmpty() || r.metric.isEmpty()) {
        m_banner->showError(tr("Choose a machine and a metric."));
        return;
    }
    if (r.to <= r.from) {
        m_banner->showError(tr("The range ends before it starts."));
        return;
    }
    m_banner->hide();
    const int generation = ++m_generation;
    setBusy(true);
    MetricStore* store = &m_store;
    runAsync<UsageReport::Report>(
        this, [store, r] { return UsageReport::run(*store, r); },
        [this, r, generation](Result<UsageReport::Report> report) {
            if (generation == m_generation)
                showReport(r, std::move(report));
        });
}

void UsageReportDialog::showReport(const UsageReport::Request& r, Result<UsageReport::Report> report)
{
    if (!report.ok()) {
        m_model->clear();
        m_chart->setChart({}, r.from, r.to);
        setBusy(false);
        m_banner->showError(report.error().message);
        emit finished(false);
        return;
    }
    const QString title = tr("%1 of %2 on %3 per %4")
                              .arg(UsageReport::statisticName(r.statistic), report->key.metric,
                                   report->key.machine, periodText(r.period));
    m_model->setReport(*report);
    m_chart->setChart(UsageReportModel::chartOf(*report, title), r.from, r.to);
    setBusy(false);
    m_state->setText(tr("%n period(s), data at %1 s resolution", nullptr, int(report->periods.size()))
                         .arg(report->resolution));
    emit finished(true);
}

Status UsageReportDialog::saveCsv(const QString& path) const
{
    if (m_model->isEmpty())
        return Error::usage(tr("Run the report first."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(UsageReportModel::csvOf(m_model->report()));
    if (!file.commit())
        return Error::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

void UsageReportDialog::saveCsvAs()
{
    const auto& key = m_model->report().key;
    const QString suggested = QStringLiteral("%1-%2.csv").arg(key.machine, key.metric);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Usage Report"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto st = saveCsv(path); !st.ok())
        m_banner->showError(st.error().message);
    else
        m_banner->showInfo(tr("Saved %1").arg(path));
}

} // namespace opsdeck
